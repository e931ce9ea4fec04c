import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { tokenReadsAs } from "../text/tokens";

/** Plural nouns of the people who serve in a body ("ضباط", "عناصر", "منتسبي"), read with their clitics. */
const memberNounKeys = new Set(["ضباط", "عناصر", "أفراد", "جنود", "منتسبي", "موظفي", "مسؤولي", "ممثلي", "قادة", "خبراء", "رجال"].map((w) => matchKey(w)));

/** A masculine plural nisba: a nationality said of people ("السودانيين", "الليبيون"). */
const PLURAL_PERSON_NISBA = /يين$|يون$/u;

/**
 * "دورة لضباط حرس الحدود الليبيين": a masculine plural nationality after a body named in construct
 * with a plural noun of its members agrees with the members, not with the body, so it ends the
 * body's name (the body is "حرس الحدود"); "اتحاد الصحفيين السودانيين" opens with no such noun.
 */
export function agreesWithMembersBefore(ctx: Ctx, first: number, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j];
  const before = tokens[first - 1];
  if (!t?.arabic || !before?.arabic || !ctx.placeAt[j]?.viaDemonym || !PLURAL_PERSON_NISBA.test(t.key)) return false;
  return tokenReadsAs(before, memberNounKeys);
}

import type { Ctx } from "../persons/anchor-spans";
import { isOrgHeadAt, isPlaceHeadAt, isRoleHeadAt } from "../persons/head-lookups";
import { rankAt } from "../persons/ranks";
import { isCalendarWord } from "../persons/vocabulary";
import { matchKey } from "../text/normalize";
import { readings, tokenReadsAs } from "../text/tokens";
import { BARE_TOWN } from "../events/city-said-again";

/*
 * Words a site's name holds past where the plain reading stops. Arabic names a hospital, a works or a
 * complex by a pair of common nouns joined by و ("مستشفى الأم والطفل", "مجمع الحديد والصلب"), and an
 * adjective agrees with the nearest noun, which after "مقر ولاية" is the area's head.
 */

const fiKey = matchKey("في");
const whereKey = matchKey("حيث");

/**
 * "مستشفى الأم والطفل في X": the definite common noun at `j`, with و, pairs with the one before it
 * right after an indefinite site noun at `head`; the pair ends the name (the phrase then stops: a
 * comma, في, حيث, a place or an area's head after ب, a day). A verb ("والتقى الوزير") is followed by its subject, a body or a
 * person another name, so none of these pairs.
 */
export function pairsWithComplement(ctx: Ctx, head: number, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j]!;
  const first = tokens[j - 1]!;
  if (j !== head + 2 || tokens[head]!.key.startsWith("ال") || !first.key.startsWith("ال") || !t.key.startsWith("وال")) return false;
  if (ctx.placeAt[j - 1] || ctx.placeAt[j] || isOrgHeadAt(ctx, j - 1) || isOrgHeadAt(ctx, j) || isRoleHeadAt(ctx, j) || rankAt(ctx, j) || isPlaceHeadAt(ctx, j)) return false;
  if (!readings(t.key).some((r) => r.cut === 1 && r.key.startsWith("ال"))) return false;
  const next = tokens[j + 1];
  if (!next || next.lineStart || next.kind !== "word") return true;
  // "… بالعاصمة بانغي": an area's head after ب says where the site stands.
  const placeHeadAfterBi = /^ب/u.test(next.key) && (isPlaceHeadAt(ctx, j + 1) || tokenReadsAs(next, BARE_TOWN));
  return next.key === fiKey || next.key === whereKey || isCalendarWord(next) || placeHeadAfterBi || (!!ctx.placeAt[j + 1] && !ctx.placeAt[j + 1]!.viaDemonym);
}

/**
 * The key of the noun an adjective at `j` would agree with: the area's head when one stands right
 * after the site's noun at `head` ("مقر ولاية X": X in -ي names the area, for ولاية is feminine),
 * else the site's noun.
 */
export function agreeingHeadKey(ctx: Ctx, head: number, j: number): string {
  const { tokens } = ctx.doc;
  return j === head + 2 && !tokens[head]!.key.startsWith("ال") && isPlaceHeadAt(ctx, head + 1) ? tokens[head + 1]!.key : tokens[head]!.key;
}

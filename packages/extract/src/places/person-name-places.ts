import type { Ctx } from "../persons/anchor-spans";
import type { PlaceHit } from "./gazetteer";
import { isOrgHeadAt, isPlaceHeadAt, isRoleHeadAt } from "../persons/head-lookups";
import { rankAt } from "../persons/ranks";
import { isCalendarWord, isStopToken, speechKeys } from "../persons/vocabulary";
import { endsInPlaceHead } from "./near-places";

/*
 * English news prints towns that are also given and family names ("Colonel Rafael Medina",
 * "Minister Aden Duale", "Adelaide Fortes told"): a town of one word inside a capitalized name of a
 * person is no place of the story. The name is a person's when a rank stands before a given name
 * and the town ("Colonel Rafael Medina"), or when a plain capitalized word after the town is its
 * family name: a rank or an office stands before the town, a verb of saying after the family name,
 * or the family name is printed alone elsewhere in the story ("… Fortes told reporters").
 */

const MAX_RANK_WORDS = 3;

/** A capitalized word of a name: no place, no head of a body, an office, a place or a site, no stop word. */
function plainNameWord(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.kind !== "word" || t.arabic || !t.capital || t.lineStart || ctx.placeAt[k]) return false;
  return !isStopToken(t) && !isCalendarWord(t) && !rankAt(ctx, k) && !isRoleHeadAt(ctx, k) && !isOrgHeadAt(ctx, k) && !isPlaceHeadAt(ctx, k) && !endsInPlaceHead(ctx.doc.tokens, k);
}

/** A rank ends right at token `last` ("Colonel", "Lieutenant Colonel"). */
export function rankEndsAt(ctx: Ctx, last: number): boolean {
  for (let k = last; k > last - MAX_RANK_WORDS && k >= 0; k--) if (rankAt(ctx, k)?.last === last) return true;
  return false;
}

/** The word at `k` is printed elsewhere alone, capitalized, not right after the word at `k - 1`. */
function printedAloneElsewhere(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx.doc;
  const key = tokens[k]!.key;
  const before = tokens[k - 1]!.key;
  return tokens.some((t, j) => j !== k && t.key === key && t.capital && tokens[j - 1]?.key !== before);
}

export function isPlaceInPersonName(ctx: Ctx, p: PlaceHit): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[p.firstToken]!;
  if (p.kind !== "city" || p.viaDemonym || p.firstToken !== p.lastToken || t.arabic || !t.capital) return false;
  const k = p.firstToken;
  // "Colonel Rafael Medina": a rank, a given name, then the town.
  if (!t.lineStart && plainNameWord(ctx, k - 1) && rankEndsAt(ctx, k - 2)) return true;
  if (!plainNameWord(ctx, k + 1)) return false;
  // "Minister Aden Duale", "General Aden Ali": an office or a rank before the town.
  const titled = !t.lineStart && (rankEndsAt(ctx, k - 1) || isRoleHeadAt(ctx, k - 1));
  return titled || speechKeys.has(tokens[k + 2]?.key ?? "") || printedAloneElsewhere(ctx, k + 1);
}

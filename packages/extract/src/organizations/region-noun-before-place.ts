import type { Ctx } from "../persons/anchor-spans";
import rules from "../rules/organizations.json";
import { governorateKeys } from "../places/governorate-beside-town";
import { matchKey } from "../text/normalize";

// "حكومة ولاية X": a division's government is its administration, which news files as the area, not a body.
const GOVERNMENT = new Set(rules.stateGovernmentHeads.map((w) => matchKey(w)));

/** "شرطة ولاية": a head other than a government's, then the noun of a first-level division. */
export const bodyOfDivision = (head: string, division: string): boolean => !GOVERNMENT.has(head) && governorateKeys.has(division);

/**
 * "شرطة ولاية X Y", "برلمان إقليم X Y": the noun of a state's first-level division (ولاية، إقليم،
 * محافظة) printed bare right before a place's name is that place's head, so a body named after
 * the area runs on through it. The word-shape tests of the name's loop cannot tell: ولاية begins
 * with و and ends like a nisba. Only the bare word counts ("وولاية" joins a second item, "بولاية"
 * says where the body sits).
 */
export function regionNounBeforePlace(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k];
  const place = ctx.placeAt[k + 1];
  if (!t || !t.arabic || t.kind !== "word" || t.lineStart || ctx.placeAt[k] || !bodyOfDivision(ctx.doc.tokens[k - 1]?.key ?? "", t.key)) return false;
  return !!place && !place.viaDemonym && place.firstToken === k + 1 && !ctx.doc.tokens[k + 1]!.lineStart;
}

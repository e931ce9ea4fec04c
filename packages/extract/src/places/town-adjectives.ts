import placeRules from "../rules/places.json";
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";

/*
 * "بلدة X الحدودية", "ناحية X التابعة لمحافظة Y", "قرية X الإيفوارية": after a place's head and a
 * one-word name no list holds, a definite adjective of what the town is, or a nationality, agrees
 * with the head; it says where or what the town is and is no second word of its name (as the
 * definite word of "صلاح الدين" is).
 */
const townAdjectiveKeys = new Set(placeRules.townDescribingAdjectives.ar.map((w) => matchKey(w)));

/** Whether the word at `k`, right after a headed one-word name, describes the place. */
export function describesHeadedPlace(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.kind !== "word" || !t.arabic) return false;
  return isTownAdjective(t) || !!ctx.placeAt[k]?.viaDemonym;
}

/** Whether a word is one of the definite adjectives of what a town is ("الحدودية", "الواقعة"). */
export function isTownAdjective(t: Token): boolean {
  return t.kind === "word" && t.arabic && townAdjectiveKeys.has(t.key);
}

import orgRules from "../rules/organizations.json";
import rules from "../rules/events.json";
import { matchKey } from "../text/normalize";
import { PhraseTrie } from "../text/phrase-trie";
import type { Token } from "../text/tokens";
import type { Unit } from "./units";

const passing = new PhraseTrie<true>([...rules.passingPlace.ar, ...rules.passingPlace.en].map((p) => [p, true] as const));
// "قادما من مدينة X": the head of a town or a region may stand before the name.
const PLACE_HEAD = new Set([...orgRules.placeHeads.city.ar, ...orgRules.placeHeads.city.en, ...orgRules.placeHeads.region.ar, ...orgRules.placeHeads.region.en].map((w) => matchKey(w)));

/**
 * Whether the token at `k` names a place someone was coming from or heading to ("قادما من جيبوتي",
 * "كانت في طريقها إلى ميناء X", "bound for X"): a place passed through, not where it happened. Only
 * the place right after the phrase: "قادمة من بنغازي قرب جزيرة كريت" was stopped near Crete.
 */
export function passingPlaceAt(tokens: readonly Token[], u: Unit, text: string): (k: number) => boolean {
  const ends: number[] = [];
  for (let i = u.first; i < u.last; i++) {
    const m = passing.matchAt(tokens, i, text);
    if (m) ends.push(m.last);
  }
  const headed = (e: number) => PLACE_HEAD.has(matchKey(tokens[e + 1]?.text ?? "")) || ["the"].includes(tokens[e + 1]?.key ?? "");
  return (k) => ends.some((e) => k === e + 1 || (k === e + 2 && headed(e)));
}

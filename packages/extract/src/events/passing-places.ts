import rules from "../rules/events.json";
import { PhraseTrie } from "../text/phrase-trie";
import type { Token } from "../text/tokens";
import type { Unit } from "./units";

const passing = new PhraseTrie<true>([...rules.passingPlace.ar, ...rules.passingPlace.en].map((p) => [p, true] as const));
// "sailed from the German port of Kiel": a few words may stand between the phrase and the place.
const REACH = 6;

/**
 * The places a unit names as where someone or something came from or was heading to ("قادما من
 * جيبوتي", "كانت في طريقها إلى ميناء X", "sailed from the port of X"): passed through, not where it
 * happened. Only the first place after the phrase: "قادمة من بنغازي قرب جزيرة كريت" was stopped
 * near Crete. `placeStarts` are the first tokens of the places the unit prints.
 */
export function passingPlaceAt(tokens: readonly Token[], u: Unit, text: string, placeStarts: number[]): (k: number) => boolean {
  const passed = new Set<number>();
  const starts = [...placeStarts].sort((a, b) => a - b);
  for (let i = u.first; i < u.last; i++) {
    const m = passing.matchAt(tokens, i, text);
    const next = m ? starts.find((s) => s > m.last) : undefined;
    if (m && next !== undefined && next - m.last <= REACH) passed.add(next);
  }
  return (k) => passed.has(k);
}

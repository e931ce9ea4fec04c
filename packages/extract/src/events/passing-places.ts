import rules from "../rules/events.json";
import { PhraseTrie } from "../text/phrase-trie";
import type { Token } from "../text/tokens";
import type { Unit } from "./units";

const passing = new PhraseTrie<true>([...rules.passingPlace.ar, ...rules.passingPlace.en].map((p) => [p, true] as const));
// "10 kilometers (6 miles) from the border town of X": a few words may stand between the phrase and the place.
const REACH = 8;
const DISTANCE = /^(كيلومترا|كيلومترات|كيلومتر|كلم|ميلا|kilometers|kilometres|km|miles)$/u;

/**
 * The places a unit names as where someone or something came from or was heading to ("قادما من
 * جيبوتي", "كانت في طريقها إلى ميناء X", "sailed from the port of X"): passed through, not where it
 * happened. Only the first place after the phrase, with the places printed inside it ("ميناء
 * المرسى الكبير"): "قادمة من بنغازي قرب جزيرة كريت" was stopped near Crete. `placeSpans` are the
 * places the unit prints.
 */
export function passingPlaceAt(tokens: readonly Token[], u: Unit, text: string, placeSpans: { first: number; last: number }[], keepLandmarks = false): (k: number) => boolean {
  const passed: { first: number; last: number }[] = [];
  const spans = [...placeSpans].sort((a, b) => a.first - b.first || b.last - a.last);
  for (let i = u.first; i < u.last; i++) {
    const m = passing.matchAt(tokens, i, text);
    // With `keepLandmarks`, a place a distance is measured from stays: the only place near it.
    if (m && keepLandmarks && m.first === m.last && DISTANCE.test(tokens[m.first]!.key)) continue;
    const next = m ? spans.find((s) => s.first > m.last) : undefined;
    if (!m || !next || next.first - m.last > REACH) continue;
    passed.push(next);
    // "قادما من مدينة عرعر السعودية": a place printed right after it, its state as an attribute, is passed too.
    const attribute = spans.find((s) => s.first === next.last + 1);
    if (attribute && tokens[attribute.first]!.arabic) passed.push(attribute);
  }
  return (k) => passed.some((s) => k >= s.first && k <= s.last);
}

/**
 * Whether a token stands where a journey goes: after "زار" and its subject ("زار الرئيس برشلونة"), or right after
 * a preposition of direction whose verb or noun of going stands a few words before it ("وصل الوفد
 * إلى برشلونة", "زيارته الرسمية إلى مدريد"). A name in that place is a place of the story, even one
 * that also names a club or a company, and this holds for any name, not a list of such cities.
 * Word lists: rules/travel.json.
 */
import rules from "../rules/travel.json";
import { tokenReadings, wordKey, type Token } from "../text/tokens";

const keys = (words: readonly string[]) => new Set(words.map(wordKey));
const toward = keys([...rules.toward.ar, ...rules.toward.en]);
const direct = keys([...rules.direct.ar, ...rules.direct.en]);
const prepositions = keys([...rules.prepositions.ar, ...rules.prepositions.en]);

/** Words allowed between the verb of going and its preposition ("وصل وزير الخارجية الفرنسي إلى"). */
const MAX_GAP = 4;

const reads = (t: Token | undefined, set: ReadonlySet<string>) => !!t && t.kind === "word" && tokenReadings(t).some((r) => set.has(r.key));

export function isTravelDestination(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before || tokens[k]!.lineStart) return false;
  // After a preposition of direction, the verb or noun of going stands before it; with none,
  // a verb of visiting stands before the name (Arabic puts the subject between: "زار الرئيس X").
  const viaPreposition = before.kind === "word" && prepositions.has(before.key);
  const from = viaPreposition ? k - 2 : k - 1;
  for (let j = from; j >= 0 && j >= from - MAX_GAP; j--) {
    const t = tokens[j]!;
    if (t.kind === "punct" || tokens[j + 1]!.lineStart) return false;
    if (reads(t, direct) || (viaPreposition && reads(t, toward))) return true;
  }
  return false;
}

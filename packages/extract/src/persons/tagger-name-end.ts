import type { Doc } from "../document";
import type { TaggedSpan } from "../ner/tagger";
import { personWord } from "../ner/tagged-name-end";
import type { PersonRead } from "./index";
import { NAME_CONNECTORS } from "./vocabulary";

/**
 * A name the rules read after a rank or a title runs on as long as its words could be names; the
 * tagger, which reads the words after the name too, often ends it sooner ("الجنرال X Y توافر
 * الشروط", "السابق X Y النقاب عن خطة": the verb's object or a noun opening the next phrase).
 * Where a tagged person's name of two words or more opens on the same word as a rule name and ends
 * before it, the words past it are no part of the name: the name, its mentions printed so and its
 * keys are cut to the tagger's end. Words of the rules' name the tagger also read as a name (a
 * longer span, or one over the rest) keep it whole, and so does a name the tagger ends on a
 * connector (`بنت`, `بن`) or before a word that is a name's (a given name or a family name of the
 * names lexicon) or before words printed again elsewhere in the text (a compound family name the
 * tagger cut in two, said again alone: `وقال X Y إن`).
 */
export function endNamesAtTagger(doc: Pick<Doc, "tokens" | "text">, persons: PersonRead[], tagged: readonly TaggedSpan[]): void {
  const tokens = doc.tokens;
  const pers = tagged.filter((t) => t.type === "PERS");
  for (const p of persons) {
    for (const s of p.tokenSpans) {
      if (s.last - s.first < 2) continue;
      const t = pers.find((x) => x.first === s.first && x.last >= s.first + 1 && x.last < s.last);
      if (!t || pers.some((x) => x !== t && x.first <= s.last && x.last > t.last)) continue;
      const from = tokens[t.last + 1]!;
      if (NAME_CONNECTORS.has(tokens[t.last]!.key) || personWord(from)) continue;
      if (saidAgain(tokens, t.last + 1, s.last)) continue;
      const extra = doc.text.slice(from.start, tokens[s.last]!.end);
      const cut = s.last - t.last;
      const lastKey = tokens[s.last]!.key;
      if (!p.name.endsWith(` ${extra}`)) continue;
      p.name = p.name.slice(0, p.name.length - extra.length - 1);
      for (const m of p.mentions)
        if (m.surface.endsWith(` ${extra}`)) {
          m.surface = m.surface.slice(0, m.surface.length - extra.length - 1);
          m.end -= extra.length + 1;
        }
      for (const o of p.tokenSpans) if (o.last - o.first > cut && doc.text.slice(tokens[o.last - cut + 1]!.start, tokens[o.last]!.end) === extra) o.last -= cut;
      p.keys = p.keys.map((k) => (k.length > cut + 1 && k.at(-1) === lastKey ? k.slice(0, k.length - cut) : k));
      break;
    }
  }
}

/** The words first…last printed again at another place of the text. */
function saidAgain(tokens: Doc["tokens"], first: number, last: number): boolean {
  const n = last - first + 1;
  for (let j = 0; j + n <= tokens.length; j++) {
    if (j === first) continue;
    let k = 0;
    while (k < n && tokens[j + k]!.key === tokens[first + k]!.key) k++;
    if (k === n) return true;
  }
  return false;
}

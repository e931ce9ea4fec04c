import type { Doc } from "../document";

/** A stretch of text read as one report: a sentence, or a sentence with the bullet lines it opens. */
export interface Unit {
  first: number;
  last: number;
  start: number;
  end: number;
}

export function units(doc: Doc): Unit[] {
  const out: Unit[] = [];
  const ss = doc.sentences;
  for (let i = 0; i < ss.length; i++) {
    const s = ss[i]!;
    const u: Unit = { first: s.first, last: s.last, start: s.start, end: s.end };
    // "… منهم:" followed by bullet lines belongs together.
    if (doc.text.slice(s.start, s.end).trimEnd().endsWith(":")) {
      let j = i + 1;
      while (j < ss.length && j - i <= 8 && /^[•\-*–·▪●\d]/u.test(doc.text.slice(ss[j]!.start, ss[j]!.start + 2))) {
        u.last = ss[j]!.last;
        u.end = ss[j]!.end;
        j++;
      }
      i = j - 1;
    }
    out.push(u);
  }
  return out;
}

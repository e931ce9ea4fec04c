import { tokenize, type Token } from "./text/tokens";

/**
 * The cleaned article as every reader sees it: text, tokens, lines and sentences, all with
 * offsets into the same string.
 */

export interface Line {
  index: number;
  text: string;
  start: number;
  end: number;
  /** Token range [first, last) of the line. */
  first: number;
  last: number;
  words: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  line: number;
}

export interface Doc {
  text: string;
  tokens: Token[];
  lines: Line[];
  sentences: Sentence[];
  language: "ar" | "en" | "other";
}

// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS = new Set([
  "gen", "lt", "maj", "col", "brig", "adm", "capt", "cdr", "sgt", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "hon", "eng",
  "sr", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u", "s",
  "k", "e", "d", "م", "د", "ا", "أ", "ج", "ق",
]);

export function buildDoc(text: string, language: Doc["language"]): Doc {
  const tokens = tokenize(text);
  const lines: Line[] = [];
  let ti = 0;
  let pos = 0;
  for (const [index, lineText] of text.split("\n").entries()) {
    const start = pos;
    const end = pos + lineText.length;
    const first = ti;
    while (ti < tokens.length && tokens[ti]!.start < end) ti++;
    let words = 0;
    for (let k = first; k < ti; k++) if (tokens[k]!.kind !== "punct") words++;
    lines.push({ index, text: lineText, start, end, first, last: ti, words });
    pos = end + 1;
  }
  return { text, tokens, lines, sentences: splitSentences(tokens, lines), language };
}

function splitSentences(tokens: Token[], lines: Line[]): Sentence[] {
  const out: Sentence[] = [];
  for (const line of lines) {
    let first = line.first;
    for (let k = line.first; k < line.last; k++) {
      const t = tokens[k]!;
      if (t.kind !== "punct") continue;
      let ends = false;
      if (t.text === "!" || t.text === "?" || t.text === "؟") ends = true;
      else if (t.text === ".") {
        const prev = tokens[k - 1];
        const next = tokens[k + 1];
        const abbreviation = prev && !t.spaceBefore && prev.kind === "word" && ABBREVIATIONS.has(prev.key) && prev.text.length <= 5;
        // "E.P. Chet Greene", "J.R. Smith": the last of a run of initials ends no sentence.
        const initials = prev && !t.spaceBefore && prev.kind === "word" && /^\p{Lu}$/u.test(prev.text) && !prev.spaceBefore && tokens[k - 2]?.text === "." && /^\p{Lu}$/u.test(tokens[k - 3]?.text ?? "");
        const decimal = prev?.kind === "num" && next?.kind === "num" && !next.spaceBefore;
        const ellipsis = next?.text === ".";
        ends = !abbreviation && !initials && !decimal && !ellipsis && (!next || next.spaceBefore || k + 1 >= line.last);
      }
      if (ends && k + 1 > first) {
        pushSentence(tokens, first, k + 1, line.index, out);
        first = k + 1;
      }
    }
    if (first < line.last) pushSentence(tokens, first, line.last, line.index, out);
  }
  return out;
}

/** Adds tokens a…b-1 of a line as a sentence, unless they are punctuation only. */
function pushSentence(tokens: Token[], a: number, b: number, line: number, out: Sentence[]): void {
  let words = false;
  for (let k = a; k < b && !words; k++) words = tokens[k]!.kind !== "punct";
  if (words) out.push({ index: out.length, start: tokens[a]!.start, end: tokens[b - 1]!.end, first: a, last: b, line });
}

export function sentenceOfToken(doc: Doc, tokenIndex: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (tokenIndex < s.first) hi = mid - 1;
    else if (tokenIndex >= s.last) lo = mid + 1;
    else return s;
  }
  return undefined;
}

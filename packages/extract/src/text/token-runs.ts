/**
 * The runs the tokenizer cuts a text into: letters with their combining marks and tatweel make
 * up words, runs of digits make numbers (so "وعالم24" and "2025م" split), and everything else
 * that is not whitespace is one punctuation character. The same cut as the regex
 * /[\p{L}\p{M}\u0640]+|\p{N}+|[^\s\p{L}\p{M}\p{N}\u0640]/gu, read with a table of character
 * classes: matchAll with Unicode property classes cost a tenth of an article's reading.
 */

// Character classes (0: not looked at yet).
const SPACE_CLASS = 1;
const LETTER_CLASS = 2;
const DIGIT_CLASS = 3;
const OTHER_CLASS = 4;

const LETTER = /^[\p{L}\p{M}\u0640]$/u;
const DIGIT = /^\p{N}$/u;
const SPACE = /^\s$/u;

function classify(ch: string): number {
  return LETTER.test(ch) ? LETTER_CLASS : DIGIT.test(ch) ? DIGIT_CLASS : SPACE.test(ch) ? SPACE_CLASS : OTHER_CLASS;
}

// Classes of the Basic Multilingual Plane, filled on first sight of each code unit (64 KB at most).
const BMP = new Uint8Array(0x10000);

/** Code units of the character at i: 2 for a surrogate pair. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

function classAt(text: string, i: number, width: number): number {
  if (width === 2) return classify(text.slice(i, i + 2));
  const c = text.charCodeAt(i);
  const cls = BMP[c]!;
  return cls ? cls : (BMP[c] = classify(String.fromCharCode(c)));
}

/** Calls `run(start, end)` for each token of the text, in order. */
export function forEachTokenRun(text: string, run: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let width = widthAt(text, i);
    const cls = classAt(text, i, width);
    const start = i;
    i += width;
    if (cls === SPACE_CLASS) continue;
    if (cls === LETTER_CLASS || cls === DIGIT_CLASS)
      for (; i < n; i += width) {
        width = widthAt(text, i);
        if (classAt(text, i, width) !== cls) break;
      }
    run(start, i);
  }
}

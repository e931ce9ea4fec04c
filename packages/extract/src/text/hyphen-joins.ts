import type { Token } from "./tokens";

/**
 * "دوران-لوكلير", "الهرسك-نيريتفا": the token at `j` is a hyphen set between two Arabic words with
 * no space on either side, which joins them into one name (a dash set apart opens a second name or
 * an aside instead).
 */
export function hyphenJoinsArabicWords(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const joined = tokens[j + 1];
  return !!t && t.text === "-" && !t.spaceBefore && joined?.kind === "word" && joined.arabic && !joined.spaceBefore && !joined.lineStart;
}

/**
 * "Lake-Hodge", "Wallace-Whitfield": the token at `j` is a hyphen set tight between a word and a
 * capitalized Latin word, which joins them into one double name (the word before is no head noun).
 */
export function hyphenJoinsCapitalizedWord(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const joined = tokens[j + 1];
  return !!t && t.text === "-" && !t.spaceBefore && joined?.kind === "word" && !joined.arabic && joined.capital && !joined.spaceBefore && !joined.lineStart;
}

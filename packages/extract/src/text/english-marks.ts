import type { Token } from "./tokens";

/*
 * Marks the English tokenizer splits off a word and several readers look for: the "s" of a
 * possessive ("Peru's" is read as Peru, an apostrophe and s) and the suffix of an ordinal printed in
 * figures ("13th" is read as 13 and th). One definition, so every reader agrees on what they are.
 */

const APOSTROPHES = new Set(["'", "’"]);
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);
/** The English articles, lower-case token keys. */
export const ENGLISH_ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);
/** Small words printed in lower case inside a capitalised English name ("Ministry of Defence and Veterans"). */
export const ENGLISH_NAME_GLUE: ReadonlySet<string> = new Set(["of", "the", "and", "for", "on", "in", "&"]);

/** True when token k is the s of a possessive: an apostrophe right before it, no space around. */
export function isPossessiveS(tokens: readonly Token[], k: number): boolean {
  const s = tokens[k];
  const mark = tokens[k - 1];
  return s?.key === "s" && !!mark && APOSTROPHES.has(mark.text) && !s.spaceBefore && !mark.spaceBefore;
}

/** The index of the suffix glued to an ordinal in figures at token j ("13th": the th), or -1. */
export function ordinalSuffixAfter(tokens: readonly Token[], j: number): number {
  const n = tokens[j];
  const suffix = tokens[j + 1];
  return n?.kind === "num" && suffix && ORDINAL_SUFFIXES.has(suffix.key) && suffix.start === n.end ? j + 1 : -1;
}

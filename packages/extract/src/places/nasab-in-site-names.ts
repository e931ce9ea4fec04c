import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";

const SON_OF = new Set(["بن", "بنت", "ابن", "bin"].map((w) => matchKey(w)));

/**
 * "قاعدة سعيد بن سلطان البحرية": a site named after a man carries his father's name after بن; a
 * name cannot end on "son of", so the word after it is part of the site's name however many of
 * the name's words came before.
 */
export function continuesNasab(tokens: readonly Token[], j: number, last: number): boolean {
  const t = tokens[j]!;
  return last === j - 1 && SON_OF.has(tokens[j - 1]!.key) && t.kind === "word" && !t.key.startsWith("ال") && !t.lineStart;
}

/**
 * "مدرسة الشهيد العربي بن مهيدي": "son of" right after the name's last word, before a bare word,
 * goes on the name however long it already is (the father's name follows, read by continuesNasab).
 */
export function opensNasab(tokens: readonly Token[], j: number, last: number): boolean {
  const next = tokens[j + 1];
  return last === j - 1 && SON_OF.has(tokens[j]!.key) && !!next && next.kind === "word" && next.arabic && !next.key.startsWith("ال") && !next.lineStart;
}

import type { Token } from "./tokens";

/*
 * The quote marks news prints around a name («اليونيفيل», "Eagle Shield", “X”), and the quoted
 * name itself: one definition, so the readers of bodies, offices and places agree on them.
 */

export const OPENING_QUOTES = new Set(['"', "«", "“"]);
export const CLOSING_QUOTES = new Set(['"', "»", "”"]);

/** The closing quote of one to five words quoted from token `j` on, or -1. */
export function quotedNameEnd(tokens: readonly Token[], j: number): number {
  if (!OPENING_QUOTES.has(tokens[j]?.text ?? "")) return -1;
  for (let k = j + 1; k < tokens.length && k - j <= 6; k++) {
    const t = tokens[k]!;
    if (t.lineStart) return -1;
    if (CLOSING_QUOTES.has(t.text)) return k > j + 1 ? k : -1;
    if (t.kind !== "word") return -1;
  }
  return -1;
}

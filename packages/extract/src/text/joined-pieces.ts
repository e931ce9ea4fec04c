import type { Token } from "./tokens";
import { DASHES } from "./punctuation";
import { isPossessiveS } from "./english-marks";

/*
 * "Sa-ngam", "Narva-1", "Chuy–Chuí", "Mota'ain", "K-B": the tokenizer cuts a Latin name at a
 * hyphen, a dash or an apostrophe; printed with no space on either side, the mark joins the pieces
 * into one word of the name (a dash set apart opens an aside, and the "s" of a possessive is no piece).
 */

const JOINERS = new Set([...DASHES, "'", "’"]);

/** The first token of the Latin piece joined to the token at `k` from before it, or -1. */
export function joinedPieceBefore(tokens: readonly Token[], k: number): number {
  const piece = tokens[k];
  const mark = tokens[k - 1];
  const before = tokens[k - 2];
  if (!piece || !mark || !before || piece.arabic || before.arabic) return -1;
  if (piece.spaceBefore || mark.spaceBefore || piece.lineStart || mark.lineStart || !JOINERS.has(mark.text)) return -1;
  if (before.kind === "punct" || piece.kind === "punct" || isPossessiveS(tokens, k)) return -1;
  return k - 2;
}

import { firstTokenFrom, type Token } from "./tokens";

/**
 * The tokens lying wholly between two offsets of the text (start ≤ token start, token end ≤ end),
 * in order: what `tokens.filter((t) => t.start >= start && t.end <= end)` keeps, found by a binary
 * search and a walk over those tokens only, not over the whole article (asked once per event or
 * sentence, the filter made the pass quadratic).
 */
export function tokensWithin<T extends Pick<Token, "start" | "end">>(tokens: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  const from = firstTokenFrom(tokens, start);
  if (from < 0) return out;
  // Tokens are in text order and do not overlap, so their ends grow too: the first one past `end` closes the run.
  for (let k = from; k < tokens.length && tokens[k]!.end <= end; k++) out.push(tokens[k]!);
  return out;
}

import type { Token } from "./tokens";

/*
 * English place names open with a shortened word of what they were named for ("St. Ignatius",
 * "Mt. Hope", "Ft. Portal"): the period belongs to the name and does not end it.
 */
const NAME_ABBREVIATIONS = new Set(["st", "ste", "mt", "ft", "pt"]);

/** The token of the period when the token at `k` is such a word with its period glued ("St."), else -1. */
export function nameAbbreviationEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  const dot = tokens[k + 1];
  const next = tokens[k + 2];
  if (!t || !t.capital || !NAME_ABBREVIATIONS.has(t.key) || dot?.text !== "." || dot.spaceBefore) return -1;
  return next && next.capital && !next.lineStart ? k + 1 : -1;
}

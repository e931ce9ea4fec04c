import type { Token } from "../text/tokens";

/**
 * "Norland's police maritime wing", "Norland parliament committee": a body told in lower case and
 * printed right before the noun of one of its parts qualifies that part; the story names the
 * part, not the whole body.
 */
const PART_NOUNS = new Set(["committee", "committees", "wing", "unit", "units", "branch", "squad", "subcommittee"]);

/** The lower-case body ending at `last` is followed by a part's noun, itself maybe after one lower-case word of its field. */
export function qualifiesPartAfter(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last];
  if (!t || t.arabic || t.capital) return false;
  for (let k = last + 1; k <= last + 2; k++) {
    const n = tokens[k];
    if (!n || n.kind !== "word" || n.arabic || n.capital || !n.spaceBefore) return false;
    if (PART_NOUNS.has(n.key)) return true;
  }
  return false;
}

import type { Token } from "../text/tokens";

/**
 * "the backing of Javier Milei and Y": a story of two states names their two leaders side by side
 * with "and"; an English name with no title listed right after a person of one state is the other
 * side's. Returns the person whose name ends right before that "and" (a closing "Jr." dot allowed).
 */
export function pairedBefore<P extends { tokenSpans: { first: number; last: number }[] }>(tokens: readonly Token[], persons: readonly P[], p: P): P | undefined {
  const first = Math.min(...p.tokenSpans.map((s) => s.first));
  const join = tokens[first - 1];
  if (!join || join.arabic || join.key !== "and") return undefined;
  const end = tokens[first - 2]?.text === "." ? first - 3 : first - 2;
  return persons.find((o) => o !== p && o.tokenSpans.some((s) => s.last === end));
}

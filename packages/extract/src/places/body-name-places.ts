import type { Token } from "../text/tokens";

/*
 * English names a body, a school, a programme or a pact after a place by putting the place first
 * and more capitalized words after it ("the Korvel University", "the Tamaro Democratic Party",
 * "the Royal Norland Navy", "the Kessa Initiative"): the place there only tells which body it is,
 * as an Arabic nisba does, and is no place of the story. A place printed elsewhere on its own is
 * still listed; a possessive ("Norland's parliament") and a place closing the name ("University of
 * Korvel") are left alone.
 */

/** Whether tokens `first`..`last`, an English place, stand inside a body's name with capitalized words after them. */
export function opensEnglishBodyName(tokens: readonly Token[], bodies: readonly { start: number; end: number }[], first: number, last: number): boolean {
  const t = tokens[first];
  const next = tokens[last + 1];
  if (!t || t.arabic || !next || next.kind !== "word" || next.arabic || !next.capital || next.lineStart) return false;
  return bodies.some((b) => b.start <= t.start && next.end <= b.end);
}

/** A body found in the article: its name, its state, where it is printed. */
interface Body {
  name: string;
  country?: string | null;
}

// "Philippine Coast Guard (PCG)": the short name printed after the full one, used later alone.
const SHORT_NAME = /\(([A-Z][A-Za-z]{1,9})\)\s*$/u;

/**
 * The states of the bodies a span names by the short name printed after their full name ("the PCG
 * and the Vietnam Coast Guard held an exercise"): with nobody named, the bodies that act in a
 * happening are its parties, and the short name hides the state the full name printed.
 */
export function statesOfBodiesIn(text: string, bodies: readonly Body[], from: number, to: number): string[] {
  const span = text.slice(from, to);
  const out: string[] = [];
  for (const b of bodies) {
    if (!b.country || out.includes(b.country)) continue;
    const short = SHORT_NAME.exec(b.name)?.[1];
    // Only the short name: a body printed in full in the sentence is already read with its state's
    // name ("the Vietnam Coast Guard"), or names an enemy or a source, not a party.
    if (short && new RegExp(`\\b${short}\\b`, "u").test(span)) out.push(b.country);
  }
  return out;
}

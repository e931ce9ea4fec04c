import type { PlaceHit } from "./gazetteer";
import type { Token } from "../text/tokens";

// "Puerto Princesa City", "Cebu City": in the Philippines and Vietnam "City" is the town's own
// name as written by its people, not a noun the writer put after it, so the listed town keeps it.
// "HCM City": capitals of an abbreviation before it are the town written short, no body.

const isCityWord = (t: Token | undefined): t is Token => !!t && t.kind === "word" && !t.arabic && t.key === "city" && /^C/.test(t.text);

/** The token of "City" printed right after an English town of the gazetteer, or -1. */
export function cityWordAfter(tokens: readonly Token[], p: PlaceHit): number {
  if (p.kind !== "city" || tokens[p.firstToken]!.arabic) return -1;
  const next = tokens[p.lastToken + 1];
  return isCityWord(next) && !next.lineStart ? p.lastToken + 1 : -1;
}

/** Whether the capitals at `i` open an abbreviated town's name ("HCM City"), no body's. */
export function opensAbbreviatedCity(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && !t.arabic && /^[A-Z]{2,4}$/.test(t.text) && isCityWord(tokens[i + 1]) && !tokens[i + 1]!.lineStart;
}

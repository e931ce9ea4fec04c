import type { PlaceHit } from "./gazetteer";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";

/*
 * "North Kalimantan", "جاوة الوسطى": provinces are often named by a compass point and the island
 * or region they lie on, and the gazetteer lists the region alone. A capitalized compass word
 * before it (English) or a compass adjective after it (Arabic) belongs to the name: the province
 * is another place than the region, so it is listed apart under the full name.
 */
const EN_COMPASS = new Set(["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"]);
const AR_COMPASS = new Set(["الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى"].map((w) => matchKey(w)));

/** The token range of a listed region with its compass word, or null when none is printed. */
export function compassNamedRegion(tokens: readonly Token[], p: PlaceHit): { first: number; last: number } | null {
  if (p.kind !== "region" || p.viaDemonym) return null;
  const head = tokens[p.firstToken]!;
  if (head.arabic) {
    const next = tokens[p.lastToken + 1];
    return next && next.arabic && next.kind === "word" && AR_COMPASS.has(next.key) ? { first: p.firstToken, last: p.lastToken + 1 } : null;
  }
  const prev = tokens[p.firstToken - 1];
  return prev && !prev.arabic && prev.kind === "word" && /^[A-Z]/.test(prev.text) && EN_COMPASS.has(prev.key) ? { first: p.firstToken - 1, last: p.lastToken } : null;
}

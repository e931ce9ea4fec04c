import placeRules from "../rules/places.json";
import { matchKey } from "../text/normalize";
import { tokenReadsAs, type Token } from "../text/tokens";
import { heldWithin } from "./body-buildings";

/** "مقر", "مبنى": the nouns of a seat or a building named after what it houses. */
export const seatKeys = new Set(["مقر", "مبنى"].map((w) => matchKey(w)));
const publicBodyKeys = new Set(placeRules.publicSeatBodies.ar.map((w) => matchKey(w)));

/**
 * "في مقر الوزارة", "في مبنى البرلمان", "بمبنى البلدية": the seat or building of a body of civil
 * government said again with the article, where something is held, is a public building of its
 * own name (a site), not only the body named again. `head` is the seat's noun, the body's word
 * right after it.
 */
export function isPublicSeat(tokens: readonly Token[], head: number): boolean {
  const body = tokens[head + 1];
  return tokenReadsAs(tokens[head]!, seatKeys) && !!body && publicBodyKeys.has(body.key) && heldWithin(tokens, head);
}

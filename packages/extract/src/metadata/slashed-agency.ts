import type { Doc } from "../document";
import { isAgencyCode, knownOutlet } from "./outlets";

/**
 * "/أ ش أ/", "/ وام /", also glued to the date before it ("في 2 مارس/ وام/"): a wire's agency
 * between slashes, read from the slash at k. One to three words stand between the slashes, a
 * listed agency or the shape of an agency's code; anything else between slashes (a date's parts,
 * "and/or") is none. The agency and the token after the closing slash, or null.
 */
export function agencyBetweenSlashes(doc: Doc, k: number): { agency: string; end: number } | null {
  if (doc.tokens[k]?.text !== "/") return null;
  for (let j = k + 2; j <= k + 4 && j < doc.tokens.length; j++) {
    if (doc.tokens[j]!.text !== "/") continue;
    const agency = doc.text.slice(doc.tokens[k + 1]!.start, doc.tokens[j - 1]!.end);
    return knownOutlet(agency)?.kind === "agency" || isAgencyCode(agency) ? { agency, end: j + 1 } : null;
  }
  return null;
}

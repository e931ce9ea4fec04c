import type { Ctx } from "./anchor-spans";

/**
 * English verbs whose object is the other party a person deals with: "who thanked Japan for …",
 * "urged Kenya to …", "visited Rwanda". A state named right after one is that party, not the
 * state the subject serves.
 */
const ADDRESSING_VERBS = new Set([
  "thanked",
  "thanks",
  "congratulated",
  "praised",
  "urged",
  "urges",
  "accused",
  "accuses",
  "warned",
  "warns",
  "invited",
  "invites",
  "visited",
  "visits",
  "hosted",
  "welcomed",
]);

/** True when the state at token k is printed by its name right after a verb addressing another party. */
export function isAddressedState(ctx: Ctx, k: number): boolean {
  const pl = ctx.placeAt[k];
  if (!pl || pl.viaDemonym) return false;
  const before = ctx.doc.tokens[pl.firstToken - 1];
  return !!before && before.kind === "word" && !before.arabic && ADDRESSING_VERBS.has(before.key);
}

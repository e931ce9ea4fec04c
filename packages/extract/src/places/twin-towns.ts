import type { Ctx } from "../persons/anchor-spans";
import type { PlaceHit } from "./gazetteer";

/*
 * "قادما من روصو السنغالية", "معبر رفح المصرية": towns on a border often share their name with the
 * town across it, and the article tells them apart by a nationality after the name. A listed town
 * followed by the adjective of another state than the one the list gives it is that state's town of
 * the name, a place of its own, printed with its adjective; the town printed alone stays the listed
 * one.
 */

/** The nationality's token and state when `p`, a listed town, is named as another state's town. */
export function twinTownState(ctx: Ctx, p: PlaceHit): { last: number; iso2: string } | null {
  if (p.kind !== "city" || p.viaDemonym || !p.iso2) return null;
  const k = p.lastToken + 1;
  const t = ctx.doc.tokens[k];
  const adj = ctx.placeAt[k];
  if (!t || !t.arabic || t.lineStart || !adj?.viaDemonym || !adj.iso2 || adj.iso2 === p.iso2) return null;
  // A singular adjective with the article, as a town's is: "السنغالية", not "السنغاليين".
  if (!/^ال.+ي[ةه]?$/u.test(t.key) || adj.firstToken !== k || adj.lastToken !== k) return null;
  return { last: k, iso2: adj.iso2 };
}

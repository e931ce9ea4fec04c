import type { Ctx } from "../persons/anchor-spans";

/**
 * "الشركة السعودية", "الشركة الجزائرية": after a definite head, a definite word that is a state's
 * name and ends as a feminine adjective (ية) is read as the nationality agreeing with the head,
 * though the gazetteer reads it as the state (السعودية is Saudi Arabia too). A state in construct
 * would follow an indefinite head ("شركة السعودية").
 */
export function agreesAsNationality(ctx: Ctx, head: number, k: number): boolean {
  const place = ctx.placeAt[k];
  if (!place || place.firstToken !== k) return false;
  if (place.viaDemonym) return true;
  const { tokens } = ctx.doc;
  const h = tokens[head]!;
  const t = tokens[k]!;
  return h.arabic && h.key.startsWith("ال") && place.lastToken === k && place.kind === "country" && /^ال.+يه$/.test(t.key);
}

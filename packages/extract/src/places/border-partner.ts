import type { Ctx } from "../persons/anchor-spans";
import { wordKey } from "../text/tokens";

/*
 * "مدينة طبرقة قرب الحدود مع الجزائر", "a town near the border with Colombia": the state a border
 * is shared with lies on the other side of it, so it is no guess for the state of a town near it.
 */

const BORDER_WORDS = new Set(
  ["الحدود", "حدود", "بالحدود", "للحدود", "والحدود", "الحدودي", "الحدودية", "الشريط", "border", "borders", "frontier"].map(wordKey),
);
const WITH = new Set(["مع", "with"].map(wordKey));

/** Whether the state read at token `k` is named as the other side of a border ("الحدود مع الجزائر", "الحدود الجزائرية", "the Algerian border"). */
export function isBorderPartner(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx.doc;
  const p = ctx.placeAt[k];
  if (!p || p.kind !== "country") return false;
  const before = tokens[p.firstToken - 1]?.key ?? "";
  // "الحدود مع الجزائر", "border with Algeria".
  if (WITH.has(before) && BORDER_WORDS.has(tokens[p.firstToken - 2]?.key ?? "")) return true;
  // "حدود الجزائر", "الحدود الجزائرية".
  if (BORDER_WORDS.has(before) && tokens[p.firstToken]!.arabic) return true;
  // "the Algerian border".
  return !tokens[p.firstToken]!.arabic && p.viaDemonym && BORDER_WORDS.has(tokens[p.lastToken + 1]?.key ?? "");
}

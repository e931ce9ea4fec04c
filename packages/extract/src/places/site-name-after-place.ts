import type { Ctx } from "../persons/anchor-spans";

/**
 * "جزيرة كريت تطوير التدريبات": a site named by a listed place (or a place listed with its noun) ends with that place; a bare word
 * after it (headlines print no comma) starts the rest of the sentence, not a second word of the name.
 * An airport's second name is read before this is asked. `head` is the site's noun, `j` the word.
 */
export function endsAfterNamingPlace(ctx: Ctx, head: number, j: number): boolean {
  const place = ctx.placeAt[j - 1];
  const t = ctx.doc.tokens[j]!;
  return j - 1 > head && !!place && !place.viaDemonym && place.firstToken >= head && place.lastToken === j - 1 && t.arabic && !ctx.placeAt[j] && !t.key.startsWith("ال");
}

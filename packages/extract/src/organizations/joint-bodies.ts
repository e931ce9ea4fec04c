import type { Ctx } from "../persons/anchor-spans";

/**
 * "القوة المشتركة السودانية التشادية", "اللجنة العسكرية المشتركة الليبية المصرية": a body named by
 * the adjectives of two states is theirs together and serves neither of them.
 */
export function namedByTwoStates(ctx: Ctx, first: number, last: number): boolean {
  let state: string | undefined;
  for (let k = first; k <= last; k++) {
    const place = ctx.placeAt[k];
    if (!place?.viaDemonym || !place.iso2 || place.firstToken !== k) continue;
    if (state && state !== place.iso2) return true;
    state = place.iso2;
  }
  return false;
}

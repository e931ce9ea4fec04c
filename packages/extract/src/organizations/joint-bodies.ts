import type { Ctx } from "../persons/anchor-spans";
import { namesJoint } from "./joint-committees";

/**
 * "القوة المشتركة السودانية التشادية", "اللجنة العسكرية المشتركة الليبية المصرية": a body named by
 * the adjectives of two states is theirs together and serves neither of them. So is a joint body
 * named after the places of two states ("اللجنة المشتركة لولاية X وإقليم Y").
 */
export function namedByTwoStates(ctx: Ctx, first: number, last: number): boolean {
  const joint = namesJoint(ctx.doc.tokens, first, last);
  let state: string | undefined;
  for (let k = first; k <= last; k++) {
    const place = ctx.placeAt[k];
    if (!place || !(place.viaDemonym || joint) || !place.iso2 || place.firstToken !== k) continue;
    if (state && state !== place.iso2) return true;
    state = place.iso2;
  }
  return false;
}

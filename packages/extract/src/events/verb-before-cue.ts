import { HAPPENING_KINDS, type CueHit } from "./cues";
import type { Unit } from "./units";

/**
 * The nearest token before the cue `c`, at most `reach` tokens back inside its unit, that `isVerb`
 * accepts — a verb that puts the cue's occasion in the future — or -1, also when another
 * happening's cue stands between that verb and `c` (the verb then governs that one instead).
 */
export function verbBeforeCue(u: Unit, c: CueHit, cues: readonly CueHit[], reach: number, isVerb: (k: number) => boolean): number {
  for (let k = c.first - 1; k >= u.first && k >= c.first - reach; k--) {
    if (!isVerb(k)) continue;
    return cues.some((o) => o.first > k && o.first < c.first && HAPPENING_KINDS.has(o.kind)) ? -1 : k;
  }
  return -1;
}

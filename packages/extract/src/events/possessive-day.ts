import { addDays, resolveWeekday } from "../dates/calendar";
import { findRelative } from "../dates/find";
import { isPossessiveS } from "../text/english-marks";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { Unit } from "./units";

// "last Friday's deadly attack": words between the day's "'s" and the happening's noun.
const NOUN_REACH = 3;

/**
 * "briefed them on last Friday's attack", "Sunday's blast killed two": a happening named with a
 * day in the possessive happened on that day, whatever day the sentence tells its own occasion on.
 * Returns the day, resolved against the publication date, or null.
 */
export function possessiveDay(tokens: readonly Token[], text: string, u: Unit, cues: readonly CueHit[], published: string | null): string | null {
  if (!published) return null;
  for (const c of cues) {
    if (c.kind !== "other" || tokens[c.first]!.arabic) continue;
    for (let s = c.first - 1; s > u.first + 1 && c.first - s <= NOUN_REACH; s--) {
      if (!isPossessiveS(tokens, s)) continue;
      const day = findRelative(tokens, text, Math.max(u.first, s - 4), s - 1).findLast((r) => r.lastToken === s - 2);
      if (!day) break;
      return day.kind === "relative" ? addDays(published, day.value) : resolveWeekday(published, day.value, false, day.past);
    }
  }
  return null;
}

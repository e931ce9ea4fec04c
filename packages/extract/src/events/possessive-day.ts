import { addDays, resolveWeekday } from "../dates/calendar";
import { findRelative } from "../dates/find";
import { isPossessiveS } from "../text/english-marks";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { Unit } from "./units";
import type { LocationRead } from "../places/locations";
import { mostSpecific, type PlaceAt } from "./sentence-places";

// "last Friday's deadly attack": words between the day's "'s" and the happening's noun.
const NOUN_REACH = 3;

/**
 * "briefed them on last Friday's attack", "Sunday's blast killed two": a happening named with a
 * day in the possessive happened on that day, whatever day the sentence tells its own occasion on.
 * Returns the day, resolved against the publication date, or null.
 */
export function possessiveDay(tokens: readonly Token[], text: string, u: Unit, cues: readonly CueHit[], published: string | null): string | null {
  return possessiveDayCue(tokens, text, u, cues, published)?.day ?? null;
}

/** `possessiveDay`, with the cue of the happening it dates. */
export function possessiveDayCue(tokens: readonly Token[], text: string, u: Unit, cues: readonly CueHit[], published: string | null): { day: string; cue: CueHit } | null {
  if (!published) return null;
  for (const c of cues) {
    if (c.kind !== "other" || tokens[c.first]!.arabic) continue;
    for (let s = c.first - 1; s > u.first + 1 && c.first - s <= NOUN_REACH; s--) {
      if (!isPossessiveS(tokens, s)) continue;
      const day = findRelative(tokens, text, Math.max(u.first, s - 4), s - 1).findLast((r) => r.lastToken === s - 2);
      if (!day || day.kind === "monthDay") break;
      const iso = day.kind === "relative" ? addDays(published, day.value) : resolveWeekday(published, day.value, false, day.past);
      return iso ? { day: iso, cue: c } : null;
    }
  }
  return null;
}

// "on the Y road", "in Z", "near the border": the words before a place that tell where a happening was.
const AT_PLACE = new Set(["in", "at", "on", "near", "outside"]);

/**
 * "visited the police station, where X briefed them on last Friday's attack, in which a bomb struck a
 * truck on the Y road": the happening named with a day of its own took place where the words after
 * its noun say ("in", "at", "on the …"), not at the visit's place; the most specific place printed
 * so after it in the sentence, or null.
 */
export function placeAfterNamedDay(tokens: readonly Token[], u: Unit, cue: CueHit, locations: readonly LocationRead[], inRole: (k: number) => boolean): LocationRead | null {
  const after: PlaceAt[] = [];
  for (const l of locations) {
    for (const sp of l.spans) {
      if (sp.first <= cue.last || sp.last >= u.last || inRole(sp.first)) continue;
      const at = tokens[sp.first - 1]?.key === "the" ? sp.first - 2 : sp.first - 1;
      if (AT_PLACE.has(tokens[at]?.key ?? "")) after.push({ l, s: sp });
    }
  }
  return mostSpecific(after);
}

import { sameDay } from "./agreed-at-meeting";
import type { EventRead } from "./event-read";

/**
 * "Finland and Sweden agree to …" over "X welcomed Y at the city hall in Tornio, before the two held
 * talks there", "VALLETTA - Malta and Italy agreed on Tuesday … X held talks with Y at the Luqa
 * barracks": a deal signed the day of talks between its own people was signed where they talked.
 * An agreement placed by nothing, by a state or by a town (often only the dateline's) takes the site of
 * the talks told beside it on its day, of its people (or naming none) and in the same state.
 */
export function placeAgreementAtTalks(events: EventRead[]): void {
  for (const a of events) {
    if (a.type !== "agreement" || a.backdrop || a.backstory || !placedLoosely(a)) continue;
    const talks = events
      .filter((m) => m.type === "meeting" && m !== a && !m.backstory && !m.backdrop && m.location?.kind === "site" && sameDay(m, a) && sharesPeople(m, a) && sameState(m, a))
      .sort((x, y) => Math.abs(x.unit - a.unit) - Math.abs(y.unit - a.unit));
    const m = talks[0];
    if (!m) continue;
    a.location = m.location;
    a.datelinePlace = false;
  }
}

/** No place, or a place less specific than a site: a town or an area of the talks' state, or the state. */
function placedLoosely(a: EventRead): boolean {
  return a.location?.kind !== "site";
}

/** The agreement names no one, or one of the talks' people. */
function sharesPeople(m: EventRead, a: EventRead): boolean {
  return !a.participants.length || a.participants.some((p) => m.participants.includes(p));
}

/** The agreement's place, if any, is in the state of the talks' site. */
function sameState(m: EventRead, a: EventRead): boolean {
  if (!a.location) return true;
  return !!a.location.country && a.location.country === m.location!.country;
}

import type { LocationRead } from "../places/locations";
import orgRules from "../rules/organizations.json";
import { matchKey } from "../text/normalize";
import type { EventRead } from "./event-read";

// A base, a port, a crossing: sites that are places only, where a visit goes; a palace or a
// ministry's seat stands in the capital a visit to the state went to, which the state places.
const PLACE_ONLY = new Set(orgRules.placeOnlySiteHeads.ar.map((w) => matchKey(w)));

/**
 * "التقى X نظيره في مقر قيادة قاعدة Y البحرية، وذلك في إطار الزيارة التي يقوم بها إلى الجمهورية
 * اليونانية": a visit told only by the state it went to, whose own sentence holds the visitor's talks
 * of that day in the seat of a base, a port or a crossing of that state, went to that site (the seat
 * is a building of it). Talks held at a site itself say less: gold keeps the state or the capital.
 */
export function placeStateVisitsAtSite(events: EventRead[], locations: readonly LocationRead[]): void {
  for (const v of events) {
    if (v.type !== "visit" || v.location?.kind !== "country" || v.datelinePlace || !v.date) continue;
    const state = v.location.country;
    const there = events.find((o) => o !== v && o.location?.kind === "site" && !o.datelinePlace && o.location.country === state && o.date === v.date && o.unit === v.unit && o.participants.some((p) => v.participants.includes(p)));
    const site = there && siteOfSeat(there.location!, locations);
    if (site && site !== there.location && PLACE_ONLY.has(matchKey(site.name.split(/\s+/u)[0] ?? ""))) v.location = site;
  }
}

/** "مقر قيادة قاعدة Y البحرية": the site a seat's name ends on, when the story reads it as a place of its own. */
function siteOfSeat(l: LocationRead, locations: readonly LocationRead[]): LocationRead {
  return locations.find((o) => o !== l && o.kind === "site" && o.name.length < l.name.length && l.name.endsWith(" " + o.name)) ?? l;
}

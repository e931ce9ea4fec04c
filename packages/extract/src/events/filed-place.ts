import type { LocationRead } from "../places/locations";
import type { EventRead } from "./event-read";

// Gatherings held where the report is filed: a visit goes elsewhere, a happening of another kind
// (an attack, a seizure) is told from afar as often as not.
const HELD_AT_HOME = new Set(["meeting", "reception", "agreement", "conference"]);

/**
 * A wire's dateline place ("عمان (بترا) -", "KUWAIT, May 5 -", a city or a city-state) is where the article's talks,
 * receptions and signings were held when nothing else places them: the last resort for an event
 * left with no place after every other rule, in whichever sentence it is told. Not for an
 * earlier occasion told as backstory ("وكان X قد استقبل …"), which may have been anywhere.
 */
export function placeByDateline(events: EventRead[], filedAt: LocationRead | null): void {
  if (!filedAt) return;
  for (const e of events) {
    if (e.location || e.backstory || e.clauseStart !== undefined || !HELD_AT_HOME.has(e.type)) continue;
    e.location = filedAt;
    e.datelinePlace = true;
  }
}

/**
 * "استقبل … نظيره الذي يزور مصر حاليا": talks, a signing or a reception the text places only in a
 * state happened in the city the report is filed from when that city lies in the same state, the
 * place printed most specifically ("الدوحة -" over قطر). A visit to a state its sentence names goes
 * to all of it ("arrived in Jordan"); an occasion told as backstory may have been anywhere there.
 */
export function placeInFiledCity(events: EventRead[], filedAt: LocationRead | null): void {
  if (!filedAt || filedAt.kind !== "city" || !filedAt.country) return;
  for (const e of events) {
    if (e.backstory || e.location?.kind !== "country" || e.location.country !== filedAt.country) continue;
    if (e.type === "visit" && e.location.mentions.some((m) => m.start >= e.start && m.end <= e.end)) continue;
    e.location = filedAt;
    e.datelinePlace = true;
  }
}

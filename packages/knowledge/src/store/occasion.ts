import { matchKey } from "@marsad/extract/text";
import { dayNumber } from "./day-number";
import type { StorableEvent } from "./extraction-shape";

/**
 * Whether two reports tell of one occasion, and why. Pure rules, no I/O: `resolveEvent` reads the
 * stored events near a report and asks `sameOccasion` of each.
 *
 * A report joins an event only when everything that identifies an occasion agrees: the kind of
 * happening, the day, the place, and the people on both sides. One shared person is never enough
 * (a host meeting two delegations on one day is two events).
 */

type EventType = StorableEvent["type"];

/**
 * Kinds of report that can tell of one occasion. Arabic reports tell a host's meeting with a guest
 * as a reception as often as a meeting (استقبل … وبحث معه), so the two are one occasion when the
 * same people meet on the same day. A visit spans days and holds receptions and meetings: it is
 * its own kind, and so are signings, conferences, statements and the rest.
 */
const COMPATIBLE: Record<EventType, readonly EventType[]> = {
  meeting: ["meeting", "reception"],
  reception: ["reception", "meeting"],
  visit: ["visit"],
  agreement: ["agreement"],
  conference: ["conference"],
  statement: ["statement"],
  other: ["other"],
};

export const compatibleTypes = (type: EventType): readonly EventType[] => COMPATIBLE[type];

const FAMILY = Object.fromEntries(Object.entries(COMPATIBLE).map(([type, family]) => [type, [...family].sort().join("+")])) as Record<EventType, string>;

/** The advisory-lock family of a type: reports whose types are compatible share one (the types compatible with each other). */
export const typeFamily = (type: EventType): string => FAMILY[type];

/** Days two known dates of one occasion may lie apart: visits and conferences last days. */
function dateTolerance(type: EventType, bothStated: boolean): number {
  if (type === "visit" || type === "conference" || type === "other") return 3;
  // A report dated by its publication may appear the day after the meeting.
  return bothStated ? 0 : 1;
}

export interface Report {
  type: EventType;
  participants: string[];
  countries: string[];
  date: string | null;
  /** The date is the one the text states (not the article's publication day). */
  dateStated: boolean;
  place: Place;
}

export interface Place {
  name: string | null;
  kind: string | null;
  country: string | null;
}

/** What made a report join an event, stored with the report (`event_articles.joined_by`). */
export interface JoinReason {
  /** Entity ids both reports name. */
  sharedParticipants: string[];
  /** `same-day`, `within-N-days`, or `undated` (joined on people and place only). */
  date: string;
  /** `same-place`, `place-in-country`, `same-country` (a site and a city of one state), or `not-stated`. */
  place: string;
  /** The stored event's type and this report's, when they differ (meeting / reception). */
  types: string;
  /** The states involved agree. */
  countries: string[];
}

/** Place names without the article and the preposition that glues to them (بالقاهرة / القاهرة). */
function placeKey(name: string): string {
  let key = placeKeys.get(name);
  if (key === undefined) {
    key = matchKey(name)
      .replace(/(^| )(ب|ل|في )?ال/g, "$1")
      .trim();
    if (placeKeys.size >= PLACE_KEYS_LIMIT) placeKeys.clear();
    placeKeys.set(name, key);
  }
  return key;
}

// A batch compares every report's place with every event's near it: the few names are keyed once.
const placeKeys = new Map<string, string>();
const PLACE_KEYS_LIMIT = 10_000;

/**
 * Two reports name the same place when the names agree (القاهرة / بالقاهرة / مقر … بالقاهرة), or
 * when one names the country the other's city or site lies in (مصر / القاهرة). A site and a city
 * of one state (مقر وزارة الدفاع / القاهرة) only `same-country`: the gazetteer does not say which
 * city a site is in, so it is enough only for reports whose dates agree.
 */
export function placesAgree(a: Place, b: Place): "same-place" | "place-in-country" | "same-country" | "not-stated" | false {
  if (!a.name || !b.name) return "not-stated";
  const ka = placeKey(a.name);
  const kb = placeKey(b.name);
  if (ka === kb || ka.includes(kb) || kb.includes(ka)) return "same-place";
  const sameState = a.country !== null && a.country === b.country;
  if ((a.kind === "country" || b.kind === "country") && sameState) return "place-in-country";
  const siteAndCity = (a.kind === "site" && b.kind === "city") || (a.kind === "city" && b.kind === "site");
  if (siteAndCity && sameState) return "same-country";
  return false;
}

const subset = (a: string[], b: string[]) => a.every((x) => b.includes(x));

/**
 * The people of two reports agree when both name at least two and share at least two — the guest
 * and the host — or, when a report names one person only, when it is one the other names, on the same day and between the
 * same states. `strong` agreement (for undated reports): the names of the shorter report are all
 * in the longer one, at least two of them.
 */
function peopleAgree(a: Report, b: Report, strong: boolean): boolean {
  const shared = a.participants.filter((p) => b.participants.includes(p));
  const [short, long] = a.participants.length <= b.participants.length ? [a, b] : [b, a];
  if (strong) return shared.length >= 2 && subset(short.participants, long.participants);
  if (short.participants.length >= 2) return shared.length >= 2;
  const sameStates = a.countries.length > 0 && a.countries.length === b.countries.length && subset(a.countries, b.countries);
  if (short.participants.length === 1) return shared.length === 1 && sameStates;
  // Neither names anyone (exercises, statements): the states involved are what identifies them.
  return long.participants.length === 0 && sameStates;
}

/**
 * Whether the report `a` tells of the stored event `b`, and why; null when they are different
 * occasions. Undated reports (no date stated, none published) join only on strong agreement of
 * their people and an agreeing place.
 */
export function sameOccasion(a: Report, b: Report): JoinReason | null {
  if (!COMPATIBLE[a.type].includes(b.type)) return null;
  const place = placesAgree(a.place, b.place);
  if (!place) return null;
  let date: string;
  if (a.date && b.date) {
    const apart = Math.abs(dayNumber(a.date) - dayNumber(b.date));
    if (apart > dateTolerance(a.type, a.dateStated && b.dateStated)) return null;
    date = apart === 0 ? "same-day" : `within-${apart}-days`;
    if (!peopleAgree(a, b, false)) return null;
  } else {
    date = "undated";
    if (place === "not-stated" || place === "same-country" || !peopleAgree(a, b, true)) return null;
  }
  // States that both reports name must not contradict: a third state means a third party.
  if (a.countries.length && b.countries.length && !subset(a.countries, b.countries) && !subset(b.countries, a.countries)) return null;
  return {
    sharedParticipants: a.participants.filter((p) => b.participants.includes(p)),
    date,
    place,
    types: a.type === b.type ? a.type : `${b.type}~${a.type}`,
    countries: a.countries.filter((c) => b.countries.includes(c)),
  };
}

/** The best of several matching events: most people shared, then the closest kind and day. */
export function rankJoins<T>(matches: Array<{ event: T; reason: JoinReason }>): Array<{ event: T; reason: JoinReason }> {
  const score = (r: JoinReason) =>
    r.sharedParticipants.length * 10 + (r.types.includes("~") ? 0 : 3) + (r.date === "same-day" ? 2 : 0) + (r.place === "same-place" ? 1 : 0);
  return [...matches].sort((x, y) => score(y.reason) - score(x.reason));
}

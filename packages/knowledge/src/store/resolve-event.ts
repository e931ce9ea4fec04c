import { randomUUID } from "node:crypto";
import type { EventDateSource } from "@marsad/schema/tables";
import { dayNumber } from "./day-number";
import type { StorableEvent } from "./extraction-shape";
import { rankJoins, sameOccasion, typeFamily, type JoinReason, type Report } from "./occasion";

/** How far apart (days) two reports' anchor dates may be and still describe one event. */
export const EVENT_WINDOW_DAYS = 3;

export interface EventCandidate {
  event: StorableEvent;
  participantIds: string[];
  /** Internal matching key (see `events.anchor_date`): the event's date, else its article's publication or arrival day. */
  anchorDate: string;
  /** The reporting article's publication date: the event's date when its own text gives none. */
  publishedAt?: string | null | undefined;
  /**
   * Events this article reported before it was read again: found even when the new rules moved the
   * report's anchor (a date now known), so the event — and analysts' corrections of it — stays.
   */
  reportedBefore?: string[] | undefined;
  /** What the article's gazetteer says of the event's location, when it knows it, and its entity. */
  place?: { kind: string; country: string | null; entityId?: string | undefined } | undefined;
}

/** When, where and between which states an event took place, as its row stores it. */
interface EventSetting {
  id: string;
  date: string | null;
  /** How `date` was known (`events.date_source`). */
  date_source: EventDateSource | null;
  location: string | null;
  location_kind: string | null;
  location_country: string | null;
  countries: string[];
}

/** A stored event as matching reads it. */
export interface StoredEvent extends EventSetting {
  type: StorableEvent["type"];
  location_entity_id: string | null;
  /**
   * Its participants, and those an analyst rejected: the report that named them will name them
   * again when reprocessed, and must find this event (and its corrections) again.
   */
  participants: string[];
}

/** What a report adds to a stored event (filled only where the event has nothing yet). */
export type EventGain = EventSetting;

/** A new event's row, as the report that creates it gives it. */
export interface NewEvent extends StoredEvent {
  anchor_date: string;
  summary: string;
}

/**
 * What a report of an event is: the stored event it tells of — by `sameOccasion`: a compatible
 * type, dates that agree, the same place, and guests and hosts both reports name — and why, with
 * what it teaches that event; or, when none does, the new event it creates. Different occasions
 * (another day, another place, another delegation) stay apart. `nearby` are the stored events
 * near the report (see `EventMemory.nearby`), best first on equal merit. Pure: no I/O.
 */
export function judgeReport(
  candidate: EventCandidate,
  nearby: StoredEvent[],
): { joined: StoredEvent; reason: JoinReason; gain?: EventGain | undefined } | { created: NewEvent } {
  const { event, participantIds, anchorDate } = candidate;
  // The event's date: its text's, else its article's publication date; null (undated) when neither.
  const date = event.date ?? candidate.publishedAt ?? null;
  const dateSource: EventDateSource | null = event.date ? "text" : date ? "publication" : null;
  const countries = [...new Set(event.countries)].sort();
  const place = { kind: candidate.place?.kind ?? null, country: candidate.place?.country ?? null };
  const here: Report = {
    type: event.type,
    participants: participantIds,
    countries,
    date,
    dateStated: dateSource === "text",
    place: { name: event.location, ...place },
  };
  const joins = nearby.flatMap((e) => {
    const stored: Report = {
      type: e.type,
      participants: e.participants,
      countries: e.countries,
      date: e.date,
      dateStated: e.date_source === "text",
      place: { name: e.location, kind: e.location_kind, country: e.location_country },
    };
    // One gazetteer entity (بكين / Beijing) is one place whatever the spelling.
    const samePlaceEntity = Boolean(candidate.place?.entityId && candidate.place.entityId === e.location_entity_id);
    const reason = sameOccasion(here, samePlaceEntity ? { ...stored, place: here.place } : stored);
    return reason ? [{ event: e, reason }] : [];
  });
  const best = rankJoins(joins)[0];
  if (!best) {
    return {
      created: {
        id: randomUUID(),
        type: event.type,
        date,
        date_source: dateSource,
        anchor_date: date ?? anchorDate,
        location: event.location,
        location_kind: place.kind,
        location_country: place.country,
        location_entity_id: candidate.place?.entityId ?? null,
        countries,
        participants: [...participantIds],
        summary: event.summary,
      },
    };
  }
  const match = best.event;
  // A later report may be the one that gives the date, the place or another state.
  const merged = [...new Set([...match.countries, ...countries])].sort();
  // A date the text states replaces one taken from a publication date.
  const betterDate = Boolean((!match.date && date) || (event.date && match.date_source !== "text"));
  const gains = Boolean(betterDate || (!match.location && event.location) || merged.length !== match.countries.length);
  const gain = gains
    ? { id: match.id, date, date_source: dateSource, location: event.location, location_kind: place.kind, location_country: place.country, countries }
    : undefined;
  return { joined: match, reason: best.reason, gain };
}

/**
 * A stored event as it reads once a gain is written (the rules of `updateCounters`): its internal
 * anchor follows a better date.
 */
export function withGain<T extends EventSetting & { anchor_date: string }>(e: T, g: EventGain | undefined): T {
  if (!g) return e;
  const betterDate = g.date !== null && (e.date === null || (g.date_source === "text" && e.date_source !== "text"));
  return {
    ...e,
    anchor_date: betterDate ? g.date! : e.anchor_date,
    date: betterDate ? g.date : e.date,
    date_source: betterDate ? g.date_source : e.date_source,
    location: e.location ?? g.location,
    location_kind: e.location_kind ?? g.location_kind,
    location_country: e.location_country ?? g.location_country,
    countries: [...new Set([...e.countries, ...g.countries])].sort(),
  };
}

/** One gain per event: an article may tell of one event twice (and a batch's articles of one event). */
export function mergeGains(reported: EventGain[]): EventGain[] {
  const byId = new Map<string, EventGain>();
  for (const g of reported) {
    const seen = byId.get(g.id);
    // A stated date wins over a publication date, then the first one told.
    const dated = !seen?.date || (g.date_source === "text" && seen.date_source !== "text") ? g : seen;
    byId.set(g.id, seen ? {
      id: g.id,
      date: dated.date ?? seen.date,
      date_source: dated.date ? dated.date_source : seen.date_source,
      location: seen.location ?? g.location,
      location_kind: seen.location ? seen.location_kind : g.location_kind,
      location_country: seen.location ? seen.location_country : g.location_country,
      countries: [...new Set([...seen.countries, ...g.countries])],
    } : g);
  }
  return [...byId.values()];
}

/**
 * Advisory lock keys that serialise the transactions that could create the same event: two
 * reports can only be one event when their types agree and their anchor dates lie within
 * EVENT_WINDOW_DAYS, and such a pair always shares one of these keys (each report takes its own
 * block of days and the next one). Without them, two outlets' reports processed at the same moment
 * both find no event and both create it.
 */
export function eventLockKeys(type: string, anchorDate: string): string[] {
  const day = dayNumber(anchorDate);
  const block = Math.floor(day / (EVENT_WINDOW_DAYS + 1));
  const family = typeFamily(type as StorableEvent["type"]);
  return [`event:${family}:${block}`, `event:${family}:${block + 1}`];
}

/**
 * Lock keys for each pair of people an event names: reports that share two people may be one
 * occasion whatever their days (an undated report of a dated meeting), so two such reports stored
 * at the same moment are serialised too, not only those whose anchor days are near.
 */
export function peopleLockKeys(participantIds: string[]): string[] {
  const ids = [...new Set(participantIds)].sort();
  const keys: string[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) keys.push(`event-people:${ids[i]}:${ids[j]}`);
  return keys;
}

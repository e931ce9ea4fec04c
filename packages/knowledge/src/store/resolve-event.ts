import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { matchKey } from "@marsad/extract/text";
import type { StorableEvent } from "./extraction-shape";
import { prepared, type PendingWrites } from "./prepared";
import type { Tx } from "./tx";

/** How far apart (days) two reports' anchor dates may be and still describe one event. */
export const EVENT_WINDOW_DAYS = 3;

export interface EventCandidate {
  event: StorableEvent;
  participantIds: string[];
  anchorDate: string;
  /** What the article's gazetteer says of the event's location, when it knows it. */
  place?: { kind: string; country: string | null } | undefined;
}

/** When, where and between which states an event took place, as its row stores it. */
interface EventSetting {
  id: string;
  date: string | null;
  location: string | null;
  location_kind: string | null;
  location_country: string | null;
  countries: string[];
}

/** What a report adds to a stored event (filled only where the event has nothing yet). */
export type EventGain = EventSetting;

interface Place {
  name: string | null;
  kind: string | null;
  country: string | null;
}

const sameCountries = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

/**
 * Two reports name the same place when the names agree (القاهرة / بالقاهرة / مقر … بالقاهرة), or
 * when one names the country the other's city or site lies in (مصر / القاهرة).
 */
function placesAgree(a: Place, b: Place): boolean {
  if (!a.name || !b.name) return true;
  const ka = matchKey(a.name).replace(/(^| )ال/g, "$1");
  const kb = matchKey(b.name).replace(/(^| )ال/g, "$1");
  if (ka === kb || ka.includes(kb) || kb.includes(ka)) return true;
  const oneIsCountry = a.kind === "country" || b.kind === "country";
  return oneIsCountry && a.country !== null && a.country === b.country;
}

/**
 * Records an article's report of an event. Finds the stored event that another report describes
 * — same type, dates compatible, same place, and overlapping participants (or, for events without
 * named people, the same states) — or creates it. Different occasions (another day, another
 * place, other people) stay apart.
 */
export async function resolveEvent(
  tx: Tx,
  writes: PendingWrites,
  candidate: EventCandidate,
  report: { articleId: string; ordinal: number; extractorVersion: string },
): Promise<{ id: string; gain?: EventGain | undefined }> {
  const { event, participantIds, anchorDate } = candidate;
  const countries = [...new Set(event.countries)].sort();
  const nearby = await prepared<EventSetting & { participants: string[] }>(
    tx,
    // Participants an analyst rejected still identify the event: the report that named them will
    // name them again when reprocessed, and must find this event (and its corrections) again.
    // Ranges, not expressions, so the indexes on (type, anchor_date) and (fact_type, fact_key) serve.
    sql`select e.id, e.date::text as date, e.location, e.location_kind, e.location_country, e.countries,
        array(
          select p.entity_id from event_participants p where p.event_id = e.id
          union
          select split_part(c.fact_key, ':', 2)::uuid from fact_corrections c
          where c.fact_type = 'participant' and c.action = 'reject'
            and c.fact_key > e.id::text || ':' and c.fact_key < e.id::text || ';'
        ) as participants
      from events e
      where e.type = ${event.type}
        and e.anchor_date between ${anchorDate}::date - ${EVENT_WINDOW_DAYS}::int and ${anchorDate}::date + ${EVENT_WINDOW_DAYS}::int`,
  );

  const match = nearby.find((e) => {
    if (event.date && e.date && event.date !== e.date) return false;
    const here = { name: event.location, kind: candidate.place?.kind ?? null, country: candidate.place?.country ?? null };
    if (!placesAgree(here, { name: e.location, kind: e.location_kind, country: e.location_country })) return false;
    if (participantIds.length > 0 || e.participants.length > 0) {
      return participantIds.some((p) => e.participants.includes(p));
    }
    return countries.length > 0 && sameCountries(countries, [...e.countries].sort());
  });

  // This event's rows (a new event, its participants, this report of it) go in one statement, not
  // awaited: the next statement this transaction awaits carries it. A new event's id is made here
  // so nothing has to wait for the insert.
  const id = match?.id ?? randomUUID();
  const participants = sql`insert into event_participants (event_id, entity_id)
    select ${id}::uuid, unnest(${sql.param(participantIds)}::uuid[]) on conflict do nothing`;
  const coverage = sql`insert into event_articles
      (event_id, article_id, ordinal, evidence, evidence_start, evidence_end, summary, extractor_version)
    values (${id}::uuid, ${report.articleId}::uuid, ${report.ordinal}::int, ${event.evidence?.text ?? null}::text,
      ${event.evidence?.start ?? null}::int, ${event.evidence?.end ?? null}::int, ${event.summary}::text, ${report.extractorVersion}::text)`;
  const place = { kind: candidate.place?.kind ?? null, country: candidate.place?.country ?? null };
  if (match) {
    writes.add(prepared(tx, sql`with participants as (${participants}), coverage as (${coverage}) select 1`));
    // A later report may be the one that gives the date, the place or another state.
    const merged = [...new Set([...match.countries, ...countries])].sort();
    const gains = Boolean(
      (!match.date && event.date) || (!match.location && event.location) || merged.length !== match.countries.length,
    );
    const gain = gains ? { id, date: event.date, location: event.location, location_kind: place.kind, location_country: place.country, countries } : undefined;
    return { id, gain };
  }
  writes.add(
    prepared(
      tx,
      sql`with created as (
          insert into events (id, type, date, anchor_date, location, location_kind, location_country, countries, summary)
          values (${id}::uuid, ${event.type}, ${event.date}::date, ${event.date ?? anchorDate}::date, ${event.location}::text,
            ${place.kind}::text, ${place.country}::text, ${sql.param(countries)}::text[], ${event.summary}::text)),
        participants as (${participants}),
        coverage as (${coverage})
      select 1`,
    ),
  );
  return { id };
}

/** One gain per event: an article may tell of one event twice. */
export function mergeGains(reported: EventGain[]): EventGain[] {
  const byId = new Map<string, EventGain>();
  for (const g of reported) {
    const seen = byId.get(g.id);
    byId.set(g.id, seen ? {
      id: g.id,
      date: seen.date ?? g.date,
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
  const day = Math.floor(Date.parse(`${anchorDate}T00:00:00Z`) / 86_400_000);
  const block = Math.floor(day / (EVENT_WINDOW_DAYS + 1));
  return [`event:${type}:${block}`, `event:${type}:${block + 1}`];
}

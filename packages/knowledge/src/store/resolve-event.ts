import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { EventDateSource } from "@marsad/schema/tables";
import type { StorableEvent } from "./extraction-shape";
import { compatibleTypes, rankJoins, sameOccasion, typeFamily, type Report } from "./occasion";
import { prepared, type PendingWrites } from "./prepared";
import type { Tx } from "./tx";

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
  /** Events this article has already reported in this storing: two events of one article never merge. */
  takenByArticle?: string[] | undefined;
  /**
   * What earlier articles of the same batch taught stored events (written with the batch's
   * counters, at its end): a later article matches against the events as they will then read.
   */
  batchGains?: ReadonlyMap<string, EventGain> | undefined;
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
interface StoredEvent extends EventSetting {
  type: StorableEvent["type"];
  location_entity_id: string | null;
  participants: string[];
}

/** What a report adds to a stored event (filled only where the event has nothing yet). */
export type EventGain = EventSetting;

/**
 * Records an article's report of an event. Finds the stored event that another report tells of —
 * by `sameOccasion`: a compatible type, dates that agree, the same place, and guests and hosts
 * both reports name — or creates it. Different occasions (another day, another place, another
 * delegation) stay apart. Candidates are the events of compatible types near the report's day,
 * and, whatever their day, the events that share two of its people (an undated report of an
 * occasion stored under a known date, or the reverse). Why a report joined is stored with it.
 */
export async function resolveEvent(
  tx: Tx,
  writes: PendingWrites,
  candidate: EventCandidate,
  report: { articleId: string; ordinal: number; extractorVersion: string },
): Promise<{ id: string; gain?: EventGain | undefined }> {
  const { event, participantIds, anchorDate } = candidate;
  // The event's date: its text's, else its article's publication date; null (undated) when neither.
  const date = event.date ?? candidate.publishedAt ?? null;
  const dateSource: EventDateSource | null = event.date ? "text" : date ? "publication" : null;
  const countries = [...new Set(event.countries)].sort();
  const rows = await prepared<StoredEvent>(
    tx,
    // Participants an analyst rejected still identify the event: the report that named them will
    // name them again when reprocessed, and must find this event (and its corrections) again.
    // Ranges, not expressions, so the indexes on (type, anchor_date) and (fact_type, fact_key) serve.
    // Reports an analyst detached from an event never join it again.
    sql`select e.id, e.type, e.date::text as date, e.date_source, e.location, e.location_kind, e.location_country,
        e.location_entity_id, e.countries,
        array(
          select p.entity_id from event_participants p where p.event_id = e.id
          union
          select split_part(c.fact_key, ':', 2)::uuid from fact_corrections c
          where c.fact_type = 'participant' and c.action = 'reject'
            and c.fact_key > e.id::text || ':' and c.fact_key < e.id::text || ';'
        ) as participants
      from events e
      where e.type = any(${sql.param([...compatibleTypes(event.type)])}::event_type[])
        and (e.anchor_date between ${anchorDate}::date - ${EVENT_WINDOW_DAYS}::int and ${anchorDate}::date + ${EVENT_WINDOW_DAYS}::int
          or e.id = any(${sql.param(candidate.reportedBefore ?? [])}::uuid[])
          or e.id = any(array(
            select p.event_id from event_participants p where p.entity_id = any(${sql.param(participantIds)}::uuid[])
            group by p.event_id having count(*) >= 2)))
        and e.id <> all(${sql.param(candidate.takenByArticle ?? [])}::uuid[])
        and (select c.action from fact_corrections c
          where c.fact_type = 'report' and c.fact_key = e.id::text || ':' || ${report.articleId}::text
          order by c.created_at desc, c.id desc limit 1) is distinct from 'reject'`,
  );
  const nearby = candidate.batchGains?.size ? rows.map((e) => withGain(e, candidate.batchGains!.get(e.id))) : rows;

  const here: Report = {
    type: event.type,
    participants: participantIds,
    countries,
    date,
    dateStated: dateSource === "text",
    place: { name: event.location, kind: candidate.place?.kind ?? null, country: candidate.place?.country ?? null },
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
  const match = best?.event;

  // This event's rows (a new event, its participants, this report of it) go in one statement, not
  // awaited: the next statement this transaction awaits carries it. A new event's id is made here
  // so nothing has to wait for the insert.
  const id = match?.id ?? randomUUID();
  const participants = sql`insert into event_participants (event_id, entity_id)
    select ${id}::uuid, unnest(${sql.param(participantIds)}::uuid[]) on conflict do nothing`;
  const coverage = sql`insert into event_articles
      (event_id, article_id, ordinal, evidence, evidence_start, evidence_end, summary, extractor_version, joined_by)
    values (${id}::uuid, ${report.articleId}::uuid, ${report.ordinal}::int, ${event.evidence?.text ?? null}::text,
      ${event.evidence?.start ?? null}::int, ${event.evidence?.end ?? null}::int, ${event.summary}::text, ${report.extractorVersion}::text,
      ${best ? JSON.stringify(best.reason) : null}::jsonb)`;
  const place = { kind: candidate.place?.kind ?? null, country: candidate.place?.country ?? null };
  if (match) {
    writes.add(prepared(tx, sql`with participants as (${participants}), coverage as (${coverage}) select 1`));
    // A later report may be the one that gives the date, the place or another state.
    const merged = [...new Set([...match.countries, ...countries])].sort();
    // A date the text states replaces one taken from a publication date.
    const betterDate = Boolean((!match.date && date) || (event.date && match.date_source !== "text"));
    const gains = Boolean(betterDate || (!match.location && event.location) || merged.length !== match.countries.length);
    const gain = gains ? { id, date, date_source: dateSource, location: event.location, location_kind: place.kind, location_country: place.country, countries } : undefined;
    return { id, gain };
  }
  writes.add(
    prepared(
      tx,
      sql`with created as (
          insert into events (id, type, date, date_source, anchor_date, location, location_kind, location_country, location_entity_id, countries, summary)
          values (${id}::uuid, ${event.type}, ${date}::date, ${dateSource}::event_date_source, ${date ?? anchorDate}::date, ${event.location}::text,
            ${place.kind}::text, ${place.country}::text, ${candidate.place?.entityId ?? null}::uuid, ${sql.param(countries)}::text[], ${event.summary}::text)),
        participants as (${participants}),
        coverage as (${coverage})
      select 1`,
    ),
  );
  return { id };
}

/** A stored event as it reads once a gain is written (the rules of `updateCounters`). */
function withGain<T extends EventSetting>(e: T, g: EventGain | undefined): T {
  if (!g) return e;
  const betterDate = g.date !== null && (e.date === null || (g.date_source === "text" && e.date_source !== "text"));
  return {
    ...e,
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
  const day = Math.floor(Date.parse(`${anchorDate}T00:00:00Z`) / 86_400_000);
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

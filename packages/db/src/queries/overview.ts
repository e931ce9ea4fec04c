import { articles, entities, eventParticipants, events, sources } from "@marsad/schema/tables";
import { and, desc, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
import { eventsByKnownDate } from "./event-time";
import { countArticlesByStatus } from "./articles";

/** One calendar day (UTC, `YYYY-MM-DD`) and how many things fell on it. */
export interface DayCount {
  day: string;
  count: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The `days` calendar days (UTC) ending with `now`'s day, oldest first. */
export function lastDays(now: Date, days: number): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: days }, (_, i) => isoDay(new Date(today - (days - 1 - i) * DAY_MS)));
}

/** Every day of the window, with zero where nothing was counted (a chart needs the gaps). */
function fillDays(window: string[], rows: { day: string; count: number }[]): DayCount[] {
  const byDay = new Map(rows.map((r) => [r.day, Number(r.count)]));
  return window.map((day) => ({ day, count: byDay.get(day) ?? 0 }));
}

/**
 * Articles submitted per UTC day. The range condition on `created_at` is answered by
 * `articles_created_at_id_idx`, so only the window's rows are read, however large the table.
 */
export async function countArticlesPerDay(db: Db, params: { now: Date; days: number }): Promise<DayCount[]> {
  const window = lastDays(params.now, params.days);
  const since = new Date(`${window[0]}T00:00:00Z`);
  // Grouped by date and printed once per day, not once per article.
  const day = sql`(${articles.createdAt} at time zone 'UTC')::date`;
  const rows = await db
    .select({ day: sql<string>`(${day})::text`, count: sql<number>`count(*)::int` })
    .from(articles)
    .where(gte(articles.createdAt, since))
    .groupBy(day);
  return fillDays(window, rows);
}

/**
 * Events per day of their known date (their text's, else their article's publication date);
 * undated events are on no day — `countUndatedEvents` counts them apart. The range on `date` is
 * answered by `events_date_idx`.
 */
export async function countEventsPerDay(db: Db, params: { now: Date; days: number }): Promise<DayCount[]> {
  const window = lastDays(params.now, params.days);
  const rows = await db
    .select({ day: sql<string>`${events.date}::text`, count: sql<number>`count(*)::int` })
    .from(events)
    .where(and(gte(events.date, window[0]!), lte(events.date, window[window.length - 1]!)))
    .groupBy(events.date);
  return fillDays(window, rows);
}

/** How many events no date is known for (shown apart from every chart of days). */
export async function countUndatedEvents(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(events).where(isNull(events.date));
  return row?.n ?? 0;
}

/**
 * The newest dated events by their date, with their participants. Each type's newest rows come
 * from `events_type_date_idx` (a LATERAL per type), so the table is never sorted whole. Undated
 * events are not among them: `latestUndatedEvents` lists those apart.
 */
export async function latestEvents(db: Db, limit: number) {
  const newest = await db.execute<{ id: string }>(sql`
    select e.id from unnest(enum_range(null::event_type)) as t(type)
    cross join lateral (
      select ${events.id} as id, ${events.date} as date, ${events.createdAt} as created_at
      from ${events} where ${events.type} = t.type and ${events.date} is not null
      order by ${events.date} desc, ${events.createdAt} desc limit ${limit}
    ) e
    order by e.date desc, e.created_at desc limit ${limit}`);
  return eventsWithParticipants(db, [...newest].map((r) => r.id));
}

/** The undated events that arrived last (their first report's arrival is the only hint of when). */
export async function latestUndatedEvents(db: Db, limit: number) {
  const newest = await db
    .select({ id: events.id })
    .from(events)
    .where(isNull(events.date))
    .orderBy(desc(events.createdAt), desc(events.id))
    .limit(limit);
  return eventsWithParticipants(db, newest.map((r) => r.id));
}

/** The events of these ids in the views' time order (dated newest first, then undated), with their participants. */
async function eventsWithParticipants(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const [rows, people] = await Promise.all([
    db
      .select({
        id: events.id,
        type: events.type,
        date: events.date,
        dateSource: events.dateSource,
        anchorDate: events.anchorDate,
        location: events.location,
        countries: events.countries,
        summary: events.summary,
        articleCount: events.articleCount,
        createdAt: events.createdAt,
      })
      .from(events)
      .where(inArray(events.id, ids))
      .orderBy(...eventsByKnownDate),
    db
      .select({ eventId: eventParticipants.eventId, id: entities.id, name: entities.canonicalName })
      .from(eventParticipants)
      .innerJoin(entities, eq(entities.id, eventParticipants.entityId))
      .where(inArray(eventParticipants.eventId, ids)),
  ]);
  return rows.map((r) => ({
    ...r,
    undated: r.date === null,
    participants: people.filter((p) => p.eventId === r.id).map(({ eventId: _e, ...p }) => p),
  }));
}

/** Headline numbers: articles (by status), people, events and sources. */
export async function countTotals(db: Db) {
  const [byStatus, [people], [eventCount], [sourceCount]] = await Promise.all([
    countArticlesByStatus(db),
    // `entities_type_mention_count_idx` narrows to people; merged-away rows are not people any more.
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(entities)
      .where(and(eq(entities.type, "person"), isNull(entities.mergedInto))),
    db.select({ n: sql<number>`count(*)::int` }).from(events),
    db.select({ n: sql<number>`count(*)::int` }).from(sources),
  ]);
  const articleCount = Object.values(byStatus).reduce((sum, n) => sum + n, 0);
  return {
    articles: articleCount,
    people: people?.n ?? 0,
    events: eventCount?.n ?? 0,
    sources: sourceCount?.n ?? 0,
    articlesByStatus: byStatus,
  };
}

/** Everything the overview page shows, in one call. */
export async function getOverview(db: Db, params: { now: Date; days: number; latest: number }) {
  const [totals, articlesPerDay, eventsPerDay, latest, undatedCount, undatedLatest] = await Promise.all([
    countTotals(db),
    countArticlesPerDay(db, params),
    countEventsPerDay(db, params),
    latestEvents(db, params.latest),
    countUndatedEvents(db),
    latestUndatedEvents(db, params.latest),
  ]);
  return {
    totals,
    articlesPerDay,
    eventsPerDay,
    latestEvents: latest,
    // Events no date is known for: on no day of the chart, listed apart by arrival.
    undatedEvents: { count: undatedCount, latest: undatedLatest },
  };
}

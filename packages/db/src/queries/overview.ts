import { articles, entities, eventParticipants, events, eventType, sources } from "@marsad/schema/tables";
import { and, desc, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../client";
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
  const day = sql<string>`((${articles.createdAt} at time zone 'UTC')::date)::text`;
  const rows = await db
    .select({ day, count: sql<number>`count(*)::int` })
    .from(articles)
    .where(gte(articles.createdAt, since))
    .groupBy(day);
  return fillDays(window, rows);
}

/**
 * Events per day of their anchor date (their own date, else their first report's day). The only
 * index holding `anchor_date` leads with `type`; naming every type turns the scan into one index
 * range per type instead of a read of the whole table.
 */
export async function countEventsPerDay(db: Db, params: { now: Date; days: number }): Promise<DayCount[]> {
  const window = lastDays(params.now, params.days);
  const rows = await db
    .select({ day: sql<string>`${events.anchorDate}::text`, count: sql<number>`count(*)::int` })
    .from(events)
    .where(
      and(
        inArray(events.type, eventType.enumValues),
        gte(events.anchorDate, window[0]!),
        lte(events.anchorDate, window[window.length - 1]!),
      ),
    )
    .groupBy(events.anchorDate);
  return fillDays(window, rows);
}

/**
 * The newest events by anchor date, with their participants. Each type's newest rows come from
 * `events_type_anchor_date_idx` (a LATERAL per type), so the table is never sorted whole.
 */
export async function latestEvents(db: Db, limit: number) {
  const newest = await db.execute<{ id: string }>(sql`
    select e.id from unnest(enum_range(null::event_type)) as t(type)
    cross join lateral (
      select ${events.id} as id, ${events.anchorDate} as anchor_date, ${events.createdAt} as created_at
      from ${events} where ${events.type} = t.type
      order by ${events.anchorDate} desc, ${events.createdAt} desc limit ${limit}
    ) e
    order by e.anchor_date desc, e.created_at desc limit ${limit}`);
  const ids = [...newest].map((r) => r.id);
  if (ids.length === 0) return [];
  const [rows, people] = await Promise.all([
    db
      .select({
        id: events.id,
        type: events.type,
        date: events.date,
        anchorDate: events.anchorDate,
        location: events.location,
        countries: events.countries,
        summary: events.summary,
        articleCount: events.articleCount,
        createdAt: events.createdAt,
      })
      .from(events)
      .where(inArray(events.id, ids))
      .orderBy(desc(events.anchorDate), desc(events.createdAt)),
    db
      .select({ eventId: eventParticipants.eventId, id: entities.id, name: entities.canonicalName })
      .from(eventParticipants)
      .innerJoin(entities, eq(entities.id, eventParticipants.entityId))
      .where(inArray(eventParticipants.eventId, ids)),
  ]);
  return rows.map((r) => ({
    ...r,
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
  const [totals, articlesPerDay, eventsPerDay, latest] = await Promise.all([
    countTotals(db),
    countArticlesPerDay(db, params),
    countEventsPerDay(db, params),
    latestEvents(db, params.latest),
  ]);
  return { totals, articlesPerDay, eventsPerDay, latestEvents: latest };
}

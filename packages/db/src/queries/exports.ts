import { articles, entities, eventParticipants, events, type EventType } from "@marsad/schema/tables";
import { and, asc, desc, eq, ilike, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { eventDateRange, eventsByKnownDate } from "./event-time";
import { articleFilterCondition, withCountryEntities, type ArticleFilter } from "./article-filters";
import { latestTitleColumns } from "./person-titles";

/**
 * Rows of the data exports (`/api/v1/export/*`). Each reads one row more than asked, so the caller
 * can say whether the file was cut at its limit.
 */

interface Range {
  from?: string | undefined;
  to?: string | undefined;
}

/** `like` pattern matching the text anywhere, with the user's `%` and `_` taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface ArticleExportFilter extends ArticleFilter {
  sort?: "newest" | "oldest" | undefined;
  limit: number;
}

/** Articles under the article list's own filter (`articleFilterCondition`), with their text. */
export async function listArticlesForExport(db: Db, filter: ArticleExportFilter) {
  const oldestFirst = filter.sort === "oldest";
  return db
    .select({
      id: articles.id,
      status: articles.status,
      title: articles.title,
      source: articles.source,
      url: articles.url,
      language: articles.language,
      publishedAt: articles.publishedAt,
      publishedSource: articles.publishedSource,
      // Says it in every row: an undated article is never dated by its arrival (createdAt).
      dateKnown: sql<boolean>`${articles.publishedAt} is not null`,
      createdAt: articles.createdAt,
      error: articles.error,
      text: sql<string | null>`coalesce(${articles.cleanedText}, ${articles.rawText})`,
    })
    .from(articles)
    .where(articleFilterCondition(await withCountryEntities(db, filter)))
    .orderBy(...(oldestFirst ? [asc(articles.createdAt), asc(articles.id)] : [desc(articles.createdAt), desc(articles.id)]))
    .limit(filter.limit + 1);
}

export interface EventExportFilter extends Range {
  q?: string | undefined;
  country?: string | undefined;
  type?: EventType | undefined;
  limit: number;
}

/**
 * Events with their participants' names, dated ones newest first, then undated ones; `q` matches
 * the summary or the place, a date range keeps events known to fall in it.
 */
export async function listEventsForExport(db: Db, filter: EventExportFilter) {
  return db
    .select({
      id: events.id,
      type: events.type,
      date: events.date,
      dateSource: events.dateSource,
      dateKnown: sql<boolean>`${events.date} is not null`,
      createdAt: events.createdAt,
      location: events.location,
      locationCountry: events.locationCountry,
      countries: events.countries,
      summary: events.summary,
      articleCount: events.articleCount,
      // Written with aliases: inside a select list drizzle prints columns unqualified, and a bare
      // "id" in this subquery would be the entity's, not the outer event's.
      participants: sql<string[]>`coalesce((
        select array_agg(pe.canonical_name order by pe.canonical_name)
        from event_participants pp join entities pe on pe.id = pp.entity_id
        where pp.event_id = "events"."id"), '{}')`,
      // The articles that report it, first report first, and the sentence the first report gives
      // as its evidence: what an analyst quotes and where to read it.
      articleIds: sql<string[]>`coalesce((
        select array_agg(ea.article_id::text order by ea.created_at, ea.article_id)
        from event_articles ea where ea.event_id = "events"."id"), '{}')`,
      evidence: sql<string | null>`(
        select ea.evidence from event_articles ea
        where ea.event_id = "events"."id" and ea.evidence is not null
        order by ea.created_at, ea.article_id limit 1)`,
    })
    .from(events)
    .where(
      and(
        filter.q ? or(ilike(events.summary, containing(filter.q)), ilike(events.location, containing(filter.q))) : undefined,
        filter.country ? sql`${events.countries} @> array[${filter.country.toUpperCase()}]::text[]` : undefined,
        filter.type ? eq(events.type, filter.type) : undefined,
        eventDateRange(filter.from, filter.to),
      ),
    )
    .orderBy(...eventsByKnownDate)
    .limit(filter.limit + 1);
}

export interface PeopleExportFilter extends Range {
  q?: string | undefined;
  country?: string | undefined;
  limit: number;
}

/**
 * Persons, the most mentioned first, with their current rank and role (see `latestTitleColumns`) and
 * the events they attended (within the date range when one is given; a range leaves out persons with
 * no event in it).
 */
export async function listPeopleForExport(db: Db, filter: PeopleExportFilter) {
  const ranged = Boolean(filter.from ?? filter.to);
  const attended = db
    .select({
      personId: eventParticipants.entityId,
      eventCount: sql<number>`count(*)::int`.as("event_count"),
      // Known dates only: an undated event counts, but places nobody in time.
      firstEvent: sql<string | null>`min(${events.date})::text`.as("first_event"),
      lastEvent: sql<string | null>`max(${events.date})::text`.as("last_event"),
      undatedEventCount: sql<number>`count(*) filter (where ${events.date} is null)::int`.as("undated_event_count"),
    })
    .from(eventParticipants)
    .innerJoin(events, eq(events.id, eventParticipants.eventId))
    .where(eventDateRange(filter.from, filter.to))
    .groupBy(eventParticipants.entityId)
    .as("attended");
  const rows = await db
    .select({
      id: entities.id,
      name: entities.canonicalName,
      country: entities.country,
      ...latestTitleColumns(),
      mentionCount: entities.mentionCount,
      eventCount: sql<number>`coalesce(${attended.eventCount}, 0)::int`,
      firstEvent: attended.firstEvent,
      lastEvent: attended.lastEvent,
      undatedEventCount: sql<number>`coalesce(${attended.undatedEventCount}, 0)::int`,
    })
    .from(entities)
    .leftJoin(attended, eq(attended.personId, entities.id))
    .where(
      and(
        eq(entities.type, "person"),
        isNull(entities.mergedInto),
        filter.q ? ilike(entities.canonicalName, containing(filter.q)) : undefined,
        filter.country ? eq(entities.country, filter.country.toUpperCase()) : undefined,
        ranged ? sql`${attended.personId} is not null` : undefined,
      ),
    )
    .orderBy(desc(entities.mentionCount), entities.canonicalName, entities.id)
    .limit(filter.limit + 1);
  return rows;
}

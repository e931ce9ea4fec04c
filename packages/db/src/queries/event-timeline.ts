import {
  articles,
  entities,
  eventArticles,
  eventParticipants,
  events,
  type EventType,
} from "@marsad/schema/tables";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { eventsByKnownDate } from "./event-time";

export interface EventTimelineFilter {
  /** ISO codes that must all be among the event's states (a pair: "between A and B"). */
  countries?: string[] | undefined;
  type?: EventType | undefined;
  personId?: string | undefined;
  /** Event day range, inclusive: an undated event is in no range. */
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  /** Events skipped: the page's "More" asks for the next `limit` after those it shows. */
  offset?: number | undefined;
}

/**
 * Events for the timeline, each with its participants and the articles that reported it: dated
 * ones newest first, then the undated ones (`undated`, with the day they arrived as a hint). The country condition is an array containment answered by the GIN index `events_countries_idx`.
 */
export async function listEventTimeline(db: Db, filter: EventTimelineFilter) {
  const countries = [...new Set((filter.countries ?? []).map((c) => c.toUpperCase()))];
  const rows = await db
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
    .where(
      and(
        countries.length
          ? sql`${events.countries} @> array[${sql.join(
              countries.map((c) => sql`${c}`),
              sql`, `,
            )}]::text[]`
          : undefined,
        filter.type ? eq(events.type, filter.type) : undefined,
        filter.personId
          ? sql`${events.id} in (select ${eventParticipants.eventId} from ${eventParticipants} where ${eventParticipants.entityId} = ${filter.personId})`
          : undefined,
        filter.from ? sql`${events.date} >= ${filter.from}::date` : undefined,
        filter.to ? sql`${events.date} <= ${filter.to}::date` : undefined,
      ),
    )
    .orderBy(...eventsByKnownDate)
    .limit(filter.limit)
    .offset(filter.offset ?? 0);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [people, reports] = await Promise.all([
    db
      .select({
        eventId: eventParticipants.eventId,
        id: entities.id,
        name: entities.canonicalName,
        type: entities.type,
      })
      .from(eventParticipants)
      .innerJoin(entities, eq(entities.id, eventParticipants.entityId))
      .where(inArray(eventParticipants.eventId, ids))
      .orderBy(entities.canonicalName),
    db
      .selectDistinctOn([eventArticles.eventId, articles.id], {
        eventId: eventArticles.eventId,
        id: articles.id,
        title: articles.title,
        source: articles.source,
        publishedAt: articles.publishedAt,
      })
      .from(eventArticles)
      .innerJoin(articles, eq(articles.id, eventArticles.articleId))
      .where(inArray(eventArticles.eventId, ids))
      .orderBy(eventArticles.eventId, articles.id),
  ]);
  return rows.map((r) => ({
    ...r,
    undated: r.date === null,
    participants: people.filter((p) => p.eventId === r.id).map(({ eventId: _e, ...p }) => p),
    articles: reports.filter((a) => a.eventId === r.id).map(({ eventId: _e, ...a }) => a),
  }));
}

/** The states that appear in any event, for the timeline's country selects. */
export async function listEventCountries(db: Db): Promise<string[]> {
  const rows = await db.execute<{ country: string }>(
    sql`select distinct unnest(${events.countries}) as country from ${events} order by 1`,
  );
  return [...rows].map((r) => r.country);
}

import { articles, entities, eventArticles, eventParticipants, events, type EventType } from "@marsad/schema/tables";
import { and, asc, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../client";

export interface EventFilter {
  country?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  type?: EventType | undefined;
  personId?: string | undefined;
  limit: number;
}

/** Events newest first, with their participants; dates filter on the event's (anchor) day. */
export async function listEvents(db: Db, filter: EventFilter) {
  const rows = await db
    .select()
    .from(events)
    .where(
      and(
        // Events an analyst rejected are hidden (see `fact_corrections`).
        eq(events.hidden, false),
        filter.country ? sql`${events.countries} @> array[${filter.country.toUpperCase()}]::text[]` : undefined,
        filter.from ? gte(events.anchorDate, filter.from) : undefined,
        filter.to ? lte(events.anchorDate, filter.to) : undefined,
        filter.type ? eq(events.type, filter.type) : undefined,
        filter.personId
          ? sql`${events.id} in (select ${eventParticipants.eventId} from ${eventParticipants} where ${eventParticipants.entityId} = ${filter.personId})`
          : undefined,
      ),
    )
    .orderBy(desc(events.anchorDate), desc(events.createdAt))
    .limit(filter.limit);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const people = await db
    .select({ eventId: eventParticipants.eventId, id: entities.id, name: entities.canonicalName, country: entities.country })
    .from(eventParticipants)
    .innerJoin(entities, eq(entities.id, eventParticipants.entityId))
    .where(inArray(eventParticipants.eventId, ids));
  return rows.map((r) => ({
    ...r,
    participants: people.filter((p) => p.eventId === r.id).map(({ eventId: _e, ...p }) => p),
  }));
}

/**
 * The coverage log of an event: every article that reported it, oldest first, with the outlet
 * and the evidence sentence. The first is the first report; `nearDuplicateOf` names an earlier
 * article whose text this one rewrites (SimHash within `nearBits`), else the article added detail.
 */
export async function getEventCoverage(db: Db, eventId: string, nearBits: number) {
  const rows = await db
    .select({
      articleId: articles.id,
      title: articles.title,
      source: articles.source,
      publishedAt: articles.publishedAt,
      createdAt: articles.createdAt,
      simhash: articles.simhash,
      evidence: eventArticles.evidence,
      evidenceStart: eventArticles.evidenceStart,
      evidenceEnd: eventArticles.evidenceEnd,
      extractorVersion: eventArticles.extractorVersion,
    })
    .from(eventArticles)
    .innerJoin(articles, eq(articles.id, eventArticles.articleId))
    .where(eq(eventArticles.eventId, eventId))
    .orderBy(asc(sql`coalesce(${articles.publishedAt}, ${articles.createdAt}::date)`), asc(articles.createdAt));
  const distance = (a: bigint, b: bigint) => {
    let x = BigInt.asUintN(64, a ^ b);
    let n = 0;
    for (; x; n++) x &= x - 1n;
    return n;
  };
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.articleId) && seen.add(r.articleId))
    .map((r, i, all) => {
      const earlier = all
        .slice(0, i)
        .find((e) => e.simhash !== null && r.simhash !== null && distance(e.simhash, r.simhash) <= nearBits);
      const { simhash: _s, ...rest } = r;
      return {
        ...rest,
        relation: i === 0 ? ("first" as const) : earlier ? ("rewrite" as const) : ("detail" as const),
        nearDuplicateOf: i === 0 ? null : (earlier?.articleId ?? null),
      };
    });
}

export async function getEvent(db: Db, id: string) {
  const [event] = await db.select().from(events).where(eq(events.id, id));
  if (!event) return undefined;
  const participants = await db
    .select({ id: entities.id, name: entities.canonicalName, country: entities.country })
    .from(eventParticipants)
    .innerJoin(entities, eq(entities.id, eventParticipants.entityId))
    .where(eq(eventParticipants.eventId, id));
  return { ...event, participants };
}

import { matchKey } from "@marsad/extract/text";
import {
  articleEntities,
  articles,
  entities,
  entityAliases,
  eventParticipants,
  events,
  type EntityType,
} from "@marsad/schema/tables";
import { and, desc, eq, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../client";
import { getEntityTitles } from "./entity-titles";
import { entityHit, peopleBySkeleton, placeKeysInOtherScript } from "./entity-search-scripts";
import { eventsByKnownDate } from "./event-time";

/**
 * Entities by name, tolerant of spelling: trigram similarity over the canonical name and every
 * alias (both as matching keys), best match first, then the most mentioned. Across scripts too: a
 * place's gazetteer names in the other script are searched alike, and people are found by the
 * consonant skeleton of their name ("Haftar" finds حفتر, حفتر finds Haftar).
 */
export async function searchEntities(
  db: Db,
  params: { q?: string | undefined; type?: EntityType | undefined; limit: number },
) {
  const key = params.q ? matchKey(params.q) : "";
  const filters = [isNull(entities.mergedInto), params.type ? eq(entities.type, params.type) : undefined];
  if (!key) {
    return db
      .select(entityHit(sql<number>`1`))
      .from(entities)
      .where(and(...filters))
      .orderBy(desc(entities.mentionCount), entities.canonicalName)
      .limit(params.limit);
  }
  // Every entity's canonical name is also one of its aliases, so the alias trigram index alone
  // answers the query (one BitmapOr of two index conditions). A place's names in the other script
  // (Cairo → القاهرة) come from the gazetteer as they are stored: looked up exactly, by the b-tree.
  const placeKeys = placeKeysInOtherScript(key);
  const score = sql<number>`max(greatest(similarity(${entityAliases.aliasKey}, ${key}), case when ${entityAliases.aliasKey} like ${`%${key}%`} then 0.9 else 0 end,
    case when ${entityAliases.aliasKey} = any(${sql.param(placeKeys)}::text[]) then 1 else 0 end))`;
  const spelled = await db
    .select(entityHit(score))
    .from(entities)
    .innerJoin(entityAliases, eq(entityAliases.entityId, entities.id))
    .where(
      and(
        ...filters,
        sql`(${entityAliases.aliasKey} % ${key} or ${entityAliases.aliasKey} like ${`%${key}%`} or ${entityAliases.aliasKey} = any(${sql.param(placeKeys)}::text[]))`,
      ),
    )
    .groupBy(entities.id)
    .orderBy(desc(score), desc(entities.mentionCount))
    .limit(params.limit);
  // People spelled in the other script fill what the spelling search left: a query whose spelling
  // already fills the page costs one query, as before.
  if (spelled.length >= params.limit) return spelled;
  const skeletal = await peopleBySkeleton(db, params.q!, params.type, params.limit);
  const found = new Set(spelled.map((e) => e.id));
  return [...spelled, ...skeletal.filter((e) => !found.has(e.id))]
    .sort((a, b) => b.score - a.score || b.mentionCount - a.mentionCount)
    .slice(0, params.limit);
}

/** Everything known about one entity: aliases, titles over time, events, who they met, articles. */
export async function getEntityProfile(db: Db, id: string) {
  const [entity] = await db.select().from(entities).where(eq(entities.id, id));
  if (!entity) return undefined;
  const [aliases, { titles, undatedTitles }, eventRows, coParticipants, articleRows] = await Promise.all([
    db
      .select({ alias: entityAliases.alias, origin: entityAliases.origin })
      .from(entityAliases)
      .where(eq(entityAliases.entityId, id))
      .orderBy(entityAliases.createdAt),
    getEntityTitles(db, id),
    db
      .select({
        id: events.id,
        type: events.type,
        date: events.date,
        dateSource: events.dateSource,
        anchorDate: events.anchorDate,
        createdAt: events.createdAt,
        location: events.location,
        countries: events.countries,
        summary: events.summary,
        articleCount: events.articleCount,
      })
      .from(eventParticipants)
      .innerJoin(events, eq(events.id, eventParticipants.eventId))
      // Events an analyst rejected are hidden (see `fact_corrections`).
      .where(and(eq(eventParticipants.entityId, id), eq(events.hidden, false)))
      .orderBy(...eventsByKnownDate)
      .limit(200),
    db
      .select({
        id: entities.id,
        name: entities.canonicalName,
        country: entities.country,
        events: sql<number>`count(distinct ${eventParticipants.eventId})::int`,
      })
      .from(eventParticipants)
      .innerJoin(entities, eq(entities.id, eventParticipants.entityId))
      .where(
        and(
          ne(eventParticipants.entityId, id),
          sql`${eventParticipants.eventId} in (select ${eventParticipants.eventId} from ${eventParticipants} where ${eventParticipants.entityId} = ${id})`,
          sql`${eventParticipants.eventId} not in (select ${events.id} from ${events} where ${events.hidden})`,
        ),
      )
      .groupBy(entities.id)
      .orderBy(desc(sql`count(distinct ${eventParticipants.eventId})`))
      .limit(100),
    db
      .select({
        id: articles.id,
        title: articles.title,
        source: articles.source,
        publishedAt: articles.publishedAt,
        createdAt: articles.createdAt,
        rank: articleEntities.rank,
        role: articleEntities.role,
        mentionCount: articleEntities.mentionCount,
      })
      .from(articleEntities)
      .innerJoin(articles, eq(articles.id, articleEntities.articleId))
      .where(eq(articleEntities.entityId, id))
      // Known publication dates first, newest first; undated articles after, latest arrived first.
      .orderBy(sql`${articles.publishedAt} desc nulls last`, desc(articles.createdAt))
      .limit(200),
  ]);
  return {
    entity,
    aliases,
    titles,
    undatedTitles,
    events: eventRows.map((e) => ({ ...e, undated: e.date === null })),
    coParticipants,
    articles: articleRows.map((a) => ({ ...a, undated: a.publishedAt === null })),
  };
}

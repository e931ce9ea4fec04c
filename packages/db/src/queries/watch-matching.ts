import {
  alerts,
  articleEntities,
  articleSearch,
  articles,
  articleTopics,
  entities,
  eventArticles,
  eventParticipants,
  events,
  watchlists,
  watchRules,
  webhookDeliveries,
  type Alert,
  type WebhookDelivery,
} from "@marsad/schema/tables";
import { and, eq, getTableColumns, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "../client";

/** What a stored article says, as watchlist matching reads it. */
export async function articleFacts(db: Db, articleId: string) {
  const [article] = await db
    .select({ id: articles.id, title: articles.title, status: articles.status, createdAt: articles.createdAt })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!article) return undefined;
  const [reported, named, topics] = await Promise.all([
    db
      .select({
        eventId: events.id,
        /** The event's place in the article's extraction: what the article said, whatever event it joined. */
        ordinal: eventArticles.ordinal,
        type: events.type,
        countries: events.countries,
        hidden: events.hidden,
        summary: events.summary,
        location: events.location,
        locationEntityId: events.locationEntityId,
        date: events.date,
        /** Null for the report that created the event: this article made it known. */
        joinedBy: eventArticles.joinedBy,
      })
      .from(eventArticles)
      .innerJoin(events, eq(events.id, eventArticles.eventId))
      .where(eq(eventArticles.articleId, articleId))
      .orderBy(eventArticles.ordinal),
    db
      .select({
        entityId: articleEntities.entityId,
        name: entities.canonicalName,
        type: entities.type,
        country: entities.country,
        rank: articleEntities.rank,
        role: articleEntities.role,
      })
      .from(articleEntities)
      .innerJoin(entities, eq(entities.id, articleEntities.entityId))
      .where(eq(articleEntities.articleId, articleId)),
    db.select({ topic: articleTopics.topic }).from(articleTopics).where(eq(articleTopics.articleId, articleId)),
  ]);
  const eventIds = [...new Set(reported.map((e) => e.eventId))];
  const participants = eventIds.length
    ? await db.select().from(eventParticipants).where(inArray(eventParticipants.eventId, eventIds))
    : [];
  return {
    article,
    events: reported.map((e) => ({ ...e, participantIds: participants.filter((p) => p.eventId === e.eventId).map((p) => p.entityId) })),
    entities: named,
    topics: topics.map((t) => t.topic),
  };
}
export type ArticleFacts = NonNullable<Awaited<ReturnType<typeof articleFacts>>>;

const ruleWithList = { rule: watchRules, watchlistName: watchlists.name, webhookUrl: watchlists.webhookUrl };

/** Rules whose match key is one of `keys`: one index probe per key, whatever the number of watchlists. */
export function rulesByKeys(db: Db, keys: string[]) {
  if (keys.length === 0) return Promise.resolve([]);
  return db
    .select(ruleWithList)
    .from(watchRules)
    .innerJoin(watchlists, eq(watchlists.id, watchRules.watchlistId))
    .where(inArray(watchRules.matchKey, keys));
}
export type MatchedRule = Awaited<ReturnType<typeof rulesByKeys>>[number];

/**
 * Saved searches the article matches. Their match key holds the search's tsquery (`search:<tsquery>`,
 * made by the same `searchQuery` the Articles page uses), each tested against the article's vector.
 */
export function searchRulesMatching(db: Db, articleId: string) {
  return db
    .select(ruleWithList)
    .from(watchRules)
    .innerJoin(watchlists, eq(watchlists.id, watchRules.watchlistId))
    .innerJoin(articleSearch, eq(articleSearch.articleId, articleId))
    .where(and(eq(watchRules.kind, "search"), sql`${articleSearch.vector} @@ to_tsquery('simple', substr(${watchRules.matchKey}, 8))`));
}

/** Whether another article already gave this person this rank and role (then it is nothing new). */
export async function titleSeenElsewhere(db: Db, entityId: string, articleId: string, rank: string | null, role: string | null) {
  const [row] = await db
    .select({ one: sql`1` })
    .from(articleEntities)
    .where(
      and(
        eq(articleEntities.entityId, entityId),
        ne(articleEntities.articleId, articleId),
        sql`coalesce(${articleEntities.rank}, '') = ${rank ?? ""}`,
        sql`coalesce(${articleEntities.role}, '') = ${role ?? ""}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Stores alerts and returns the new ones. An alert an earlier run of the same article already
 * stored is not new: it only follows the event its report now belongs to (reprocessing may have
 * joined the report to another event).
 */
export async function insertAlerts(db: Db, rows: Array<typeof alerts.$inferInsert>): Promise<Alert[]> {
  if (rows.length === 0) return [];
  const stored = await db
    .insert(alerts)
    .values(rows)
    .onConflictDoUpdate({
      target: [alerts.ruleId, alerts.articleId, alerts.subject],
      set: { eventId: sql`excluded.event_id` },
      setWhere: sql`${alerts.eventId} is distinct from excluded.event_id`,
    })
    .returning({ ...getTableColumns(alerts), inserted: sql<boolean>`xmax = 0` });
  return stored.filter((r) => r.inserted).map(({ inserted: _inserted, ...alert }) => alert);
}

export async function insertWebhookDelivery(db: Db, watchlistId: string, alertIds: string[]): Promise<WebhookDelivery> {
  const [row] = await db.insert(webhookDeliveries).values({ watchlistId, alertIds }).returning();
  return row!;
}

/** A delivery with what its POST needs: the watchlist's webhook and the alerts with their articles. */
export async function webhookDeliveryWork(db: Db, deliveryId: string) {
  const [row] = await db
    .select({ delivery: webhookDeliveries, watchlist: watchlists })
    .from(webhookDeliveries)
    .innerJoin(watchlists, eq(watchlists.id, webhookDeliveries.watchlistId))
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!row) return undefined;
  const items = row.delivery.alertIds.length
    ? await db
        .select({
          id: alerts.id,
          kind: alerts.kind,
          summary: alerts.summary,
          rule: watchRules.label,
          articleId: alerts.articleId,
          articleTitle: articles.title,
          articleUrl: articles.url,
          eventId: alerts.eventId,
          entityId: alerts.entityId,
          createdAt: alerts.createdAt,
        })
        .from(alerts)
        .innerJoin(watchRules, eq(watchRules.id, alerts.ruleId))
        .innerJoin(articles, eq(articles.id, alerts.articleId))
        .where(inArray(alerts.id, row.delivery.alertIds))
        .orderBy(alerts.createdAt, alerts.id)
    : [];
  return { ...row, alerts: items };
}

export async function recordWebhookAttempt(
  db: Db,
  deliveryId: string,
  outcome: { status: "pending" | "delivered" | "failed"; responseStatus: number | null; error: string | null },
): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({
      status: outcome.status,
      responseStatus: outcome.responseStatus,
      error: outcome.error?.slice(0, 1000) ?? null,
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      lastAttemptAt: new Date(),
    })
    .where(eq(webhookDeliveries.id, deliveryId));
}

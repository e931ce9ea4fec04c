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
  matchedArticles,
  watchlists,
  watchRules,
  webhookDeliveries,
} from "@marsad/schema/tables";
import { and, between, eq, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { PgDialect } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { watchedAlerts } from "./alerts";
import { withFacts } from "./alerts-facts";
import { articleAfterRule, ruleShowsAlert } from "./watched-alerts";

/**
 * Runs a builder query as a prepared statement: Drizzle sends its queries unprepared, so Postgres
 * would parse and plan each again. Only for texts that do not vary with the data (lists travel as
 * one array parameter). Matching runs these for every stored article.
 */
const preparedQuery = <T extends { prepare: (name: string) => { execute: () => Promise<unknown> } }>(
  query: T,
) => query.prepare("watch-matching").execute() as ReturnType<ReturnType<T["prepare"]>["execute"]>;

/** The same for a statement written in SQL. */
function preparedSql<T>(db: Db, query: SQL): Promise<T[]> {
  // `dialect` is protected in Drizzle's types; the session always has it at run time.
  const session = db._.session as unknown as Db["_"]["session"] & { dialect: PgDialect };
  return session
    .prepareQuery(session.dialect.sqlToQuery(query), undefined, "watch-matching", false)
    .execute() as Promise<T[]>;
}

const uuids = (xs: Array<string | null>) => sql`${sql.param(xs)}::uuid[]`;
const texts = (xs: string[]) => sql`${sql.param(xs)}::text[]`;

function byArticle<T extends { articleId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.articleId, [...(groups.get(row.articleId) ?? []), row]);
  return groups;
}

/**
 * The four statements of `articlesFacts`, built once per connection pool: Drizzle builds a query's
 * text from its parts on every call, and matching runs them for every batch of stored articles.
 * The ids travel as the placeholder `ids`, one array.
 */
function buildFactsQueries(db: Db) {
  const ids = sql`${sql.placeholder("ids")}::uuid[]`;
  return {
    found: db
      .select({
        id: articles.id,
        title: articles.title,
        status: articles.status,
        createdAt: articles.createdAt,
      })
      .from(articles)
      .where(sql`${articles.id} = any(${ids})`)
      .prepare("watch-matching-articles"),
    reported: db
      .select({
        articleId: eventArticles.articleId,
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
        participantIds: sql<
          string[]
        >`array(select ${eventParticipants.entityId} from ${eventParticipants} where ${eventParticipants.eventId} = ${events.id})`,
      })
      .from(eventArticles)
      .innerJoin(events, eq(events.id, eventArticles.eventId))
      .where(sql`${eventArticles.articleId} = any(${ids})`)
      .orderBy(eventArticles.articleId, eventArticles.ordinal)
      .prepare("watch-matching-events"),
    named: db
      .select({
        articleId: articleEntities.articleId,
        entityId: articleEntities.entityId,
        name: entities.canonicalName,
        type: entities.type,
        country: entities.country,
        rank: articleEntities.rank,
        role: articleEntities.role,
      })
      .from(articleEntities)
      .innerJoin(entities, eq(entities.id, articleEntities.entityId))
      .where(sql`${articleEntities.articleId} = any(${ids})`)
      .prepare("watch-matching-entities"),
    topics: db
      .select({ articleId: articleTopics.articleId, topic: articleTopics.topic })
      .from(articleTopics)
      .where(sql`${articleTopics.articleId} = any(${ids})`)
      .prepare("watch-matching-topics"),
  };
}

const factsQueries = new WeakMap<Db, ReturnType<typeof buildFactsQueries>>();

/**
 * What stored articles say, as watchlist matching reads them: four statements whatever the number
 * of articles (each reads them all through one array parameter). Articles that do not exist are
 * left out; the others keep the order of `articleIds`.
 */
export async function articlesFacts(db: Db, articleIds: string[]) {
  let queries = factsQueries.get(db);
  if (!queries) factsQueries.set(db, (queries = buildFactsQueries(db)));
  const values = { ids: articleIds };
  const [found, reported, named, topics] = await Promise.all([
    queries.found.execute(values),
    queries.reported.execute(values),
    queries.named.execute(values),
    queries.topics.execute(values),
  ]);
  const byId = new Map(found.map((article) => [article.id, article]));
  const [eventsOf, namedIn, topicsOf] = [byArticle(reported), byArticle(named), byArticle(topics)];
  return [...new Set(articleIds)].flatMap((id) => {
    const article = byId.get(id);
    if (!article) return [];
    return [
      {
        article,
        events: eventsOf.get(id) ?? [],
        entities: namedIn.get(id) ?? [],
        topics: (topicsOf.get(id) ?? []).map((t) => t.topic),
      },
    ];
  });
}

/** What one stored article says, as watchlist matching reads it. */
export async function articleFacts(db: Db, articleId: string) {
  return (await articlesFacts(db, [articleId]))[0];
}
export type ArticleFacts = NonNullable<Awaited<ReturnType<typeof articleFacts>>>;

/**
 * What the rules stored under `keys` follow, one row per key and scope (rules of a key differ only
 * in their watchlist and whether an entity's mentions are followed too): the oldest such rule, whose
 * `createdAt` says from which articles on the key's alerts are stored. One index probe per key,
 * whatever the number of watchlists.
 */
export function rulesByKeys(db: Db, keys: string[]) {
  if (keys.length === 0) return Promise.resolve([]);
  return preparedQuery(
    db
      .selectDistinctOn([watchRules.matchKey, watchRules.scope], {
        matchKey: watchRules.matchKey,
        kind: watchRules.kind,
        scope: watchRules.scope,
        entityId: watchRules.entityId,
        countries: watchRules.countries,
        eventType: watchRules.eventType,
        createdAt: watchRules.createdAt,
      })
      .from(watchRules)
      .where(sql`${watchRules.matchKey} = any(${sql.param(keys)}::text[])`)
      .orderBy(watchRules.matchKey, watchRules.scope, watchRules.createdAt),
  );
}
export type MatchedRule = Awaited<ReturnType<typeof rulesByKeys>>[number];

/** A person's rank and role printed in an article, asked about by `titlesSeenElsewhere`. */
export interface PrintedTitle {
  articleId: string;
  entityId: string;
  rank: string | null;
  role: string | null;
}

/** The key `titlesSeenElsewhere` answers by. */
export const printedTitleKey = (t: Pick<PrintedTitle, "articleId" | "entityId">) => `${t.articleId}|${t.entityId}`;

/**
 * Of the titles asked about, those another article already gave the same person (then they are
 * nothing new), as `printedTitleKey`s: one statement for a whole batch.
 */
export async function titlesSeenElsewhere(db: Db, titles: PrintedTitle[]): Promise<Set<string>> {
  if (titles.length === 0) return new Set();
  const rows = await preparedSql<{ articleId: string; entityId: string }>(
    db,
    sql`select q.article_id as "articleId", q.entity_id as "entityId"
      from unnest(${uuids(titles.map((t) => t.articleId))}, ${uuids(titles.map((t) => t.entityId))},
        ${texts(titles.map((t) => t.rank ?? ""))}, ${texts(titles.map((t) => t.role ?? ""))}) as q(article_id, entity_id, rank, role)
      where exists (select 1 from ${articleEntities} e where e.entity_id = q.entity_id and e.article_id <> q.article_id
        and coalesce(e.rank, '') = q.rank and coalesce(e.role, '') = q.role)`,
  );
  return new Set(rows.map(printedTitleKey));
}

/** An alert a matching statement stored (not one an earlier run of its article had stored already). */
export interface StoredAlert {
  id: string;
  articleId: string;
}

/** The columns of one alert to store. */
export type NewAlert = Omit<typeof alerts.$inferInsert, "id" | "createdAt">;

/**
 * Stores the alerts of a batch of articles, returns the new ones, and records that matching
 * finished for each article's current run (`matched_articles`), all in one statement. An alert an
 * earlier run of the same article already stored is not new: it only follows the event its report
 * now belongs to (reprocessing may have joined the report to another event).
 *
 * One statement text whatever the number of articles and alerts, prepared once per connection:
 * the columns travel as arrays.
 */
export async function finishMatching(db: Db, articleIds: string[], rows: NewAlert[]): Promise<StoredAlert[]> {
  const column = <K extends keyof NewAlert>(key: K) => rows.map((r) => r[key] ?? null);
  return preparedSql<StoredAlert>(
    db,
    sql`with stored as (
        insert into ${alerts} (match_key, article_id, event_id, kind, subject)
        select * from unnest(${texts(column("matchKey") as string[])}, ${uuids(column("articleId"))}, ${uuids(column("eventId"))},
          ${texts(column("kind") as string[])}, ${texts(column("subject") as string[])})
        on conflict (article_id, match_key, subject) do update set event_id = excluded.event_id
          where ${alerts.eventId} is distinct from excluded.event_id
        returning id, article_id, xmax = 0 as inserted),
      marked as (
        insert into ${matchedArticles} (article_id, processed_at)
        select id, processed_at from ${articles} where id = any(${uuids(articleIds)})
        on conflict (article_id) do update set processed_at = excluded.processed_at, matched_at = now())
      select id, article_id as "articleId" from stored where inserted`,
  );
}

/**
 * Done articles whose matching never finished for their current run, stored more than
 * `olderThanMs` ago (so their own job had its chance) and within `withinMs`: the sweep queues
 * them again. Oldest first.
 */
export async function listUnmatchedArticles(
  db: Db,
  options: { olderThanMs: number; withinMs: number; limit?: number },
): Promise<string[]> {
  // The window is read on the server's clock, the one that stamped `updated_at`: the client's
  // Date.now() has no microseconds, so an article stored in the same millisecond fell outside it.
  const ago = (ms: number) => sql`now() - ${ms}::double precision * interval '1 millisecond'`;
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .leftJoin(matchedArticles, eq(matchedArticles.articleId, articles.id))
    .where(
      and(
        eq(articles.status, "done"),
        // `updated_at` is stamped when the article is stored: this range is the status index's.
        between(articles.updatedAt, ago(options.withinMs), ago(options.olderThanMs)),
        sql`${matchedArticles.processedAt} is distinct from ${articles.processedAt}`,
      ),
    )
    .orderBy(articles.updatedAt)
    .limit(options.limit ?? 500);
  return rows.map((r) => r.id);
}

/** Webhook deliveries never attempted, made more than `olderThanMs` ago: their job may never have been queued. */
export async function listUnsentWebhookDeliveries(
  db: Db,
  olderThanMs: number,
  limit = 500,
): Promise<string[]> {
  const rows = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.status, "pending"),
        eq(webhookDeliveries.attempts, 0),
        lt(webhookDeliveries.createdAt, new Date(Date.now() - olderThanMs)),
      ),
    )
    .orderBy(webhookDeliveries.createdAt)
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * Stores the alerts of the keys of rules that follow a topic or a saved search, which need nothing
 * of an article but that it matched: keys of the article's `topicKeys` some rule is stored under,
 * and saved searches' keys whose tsquery (`search:<tsquery>`, made by the Articles page's
 * `searchQuery`) matches the article's search vector, each tested once however many watchlists
 * saved it. Only keys with a rule older than the article count. One statement for a whole batch of
 * articles; returns the new alerts.
 */
export async function insertTopicAndSearchAlerts(
  db: Db,
  batch: Array<{ articleId: string; topicKeys: string[] }>,
): Promise<StoredAlert[]> {
  const topics = batch.flatMap((b) => b.topicKeys.map((key) => ({ articleId: b.articleId, key })));
  return preparedSql<StoredAlert>(
    db,
    sql`with article as (
        select id, created_at from ${articles} where id = any(${uuids(batch.map((b) => b.articleId))})),
      topic as (select * from unnest(${uuids(topics.map((t) => t.articleId))}, ${texts(topics.map((t) => t.key))}) as t(article_id, match_key)),
      search as (select match_key, min(created_at) as since from ${watchRules} where kind = 'search' group by match_key),
      matched as (
        select t.match_key, a.id as article_id, 'topic' as kind from topic t
          join article a on a.id = t.article_id
          where exists (select 1 from ${watchRules} r where r.match_key = t.match_key and r.created_at <= a.created_at)
        union all
        select q.match_key, a.id, 'search' from search q
          join article a on q.since <= a.created_at
          join ${articleSearch} s on s.article_id = a.id and s.vector @@ to_tsquery('simple', substr(q.match_key, 8)))
    insert into ${alerts} (match_key, article_id, kind, subject)
    select match_key, article_id, kind, kind from matched
    on conflict (article_id, match_key, subject) do nothing
    returning id, article_id as "articleId"`,
  );
}

/** A webhook delivery just recorded, with the articles of its alerts. */
export interface NewDelivery {
  id: string;
  watchlistId: string;
  articleIds: string[];
}

/**
 * Records one webhook delivery per watchlist with a webhook that shows some of the new alerts
 * `alertIds`, holding those alerts; one statement. Each delivery says which articles its alerts
 * came from.
 */
export async function insertWebhookDeliveries(db: Db, alertIds: string[]): Promise<NewDelivery[]> {
  if (alertIds.length === 0) return [];
  return preparedSql<NewDelivery>(
    db,
    sql`with hooked as (select id from ${watchlists} where webhook_url is not null),
      shown as (
        select ${watchRules.watchlistId} as watchlist_id, array_agg(distinct ${alerts.id}) as alert_ids,
          array_agg(distinct ${alerts.articleId}) as article_ids
        from ${alerts} join ${watchRules} on ${ruleShowsAlert} join ${articles} on ${articleAfterRule}
        where ${alerts.id} = any(${uuids(alertIds)}) and ${watchRules.watchlistId} in (select id from hooked)
        group by ${watchRules.watchlistId}),
      inserted as (
        insert into ${webhookDeliveries} (watchlist_id, alert_ids) select watchlist_id, alert_ids from shown
        returning id, watchlist_id)
    select i.id, i.watchlist_id as "watchlistId", s.article_ids as "articleIds"
    from inserted i join shown s on s.watchlist_id = i.watchlist_id`,
  );
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
    ? await watchedAlerts(db, "", and(eq(watchlists.id, row.watchlist.id), inArray(alerts.id, row.delivery.alertIds)))
    : [];
  // Oldest first, as they were stored; the rule is named by its label.
  const sent = items.reverse().map(({ id, kind, ruleLabel, articleId, articleTitle, articleUrl, createdAt, watchlistId: _list, watchlistName: _name, rule: _rule, read: _read, ...row }) => ({
    id,
    kind,
    rule: ruleLabel,
    articleId,
    articleTitle,
    articleUrl,
    ...withFacts(row),
    createdAt,
  }));
  return { ...row, alerts: sent };
}

export async function recordWebhookAttempt(
  db: Db,
  deliveryId: string,
  outcome: {
    status: "pending" | "delivered" | "failed";
    responseStatus: number | null;
    error: string | null;
  },
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

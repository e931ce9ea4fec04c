import { searchQuery } from "@marsad/extract/text";
import {
  alertReads,
  alerts,
  entities,
  watchlistAlertCounts,
  watchlistFeedSecrets,
  watchlistReadStates,
  watchlistMutes,
  watchlists,
  watchRules,
  webhookDeliveries,
  type NewWatchRule,
  type Watchlist,
  type WatchRule,
  type WebhookDelivery,
} from "@marsad/schema/tables";
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { ruleColumns } from "./watch-rule-label";
import { recountWatchlists } from "./alert-counters";
import { decodeCursor, encodeCursor } from "./cursor-time";

/**
 * Who is looking at watchlists: `reader` keys read marks and mutes (a user id, or `open` when the
 * dashboard runs without users), `userId` owns what they make, `seesAll` is the open dashboard.
 */
export interface WatchViewer {
  reader: string;
  userId: string | null;
  seesAll: boolean;
}

/** The watchlists a viewer sees: their own and the shared ones (all of them on an open dashboard). */
export function visibleTo(viewer: WatchViewer): SQL | undefined {
  if (viewer.seesAll) return undefined;
  return viewer.userId ? or(eq(watchlists.ownerId, viewer.userId), eq(watchlists.shared, true)) : eq(watchlists.shared, true);
}

export async function insertWatchlist(
  db: Db,
  input: { ownerId: string | null; name: string; shared: boolean; webhookUrl: string | null; webhookSecret: string | null },
  rules: Array<Omit<NewWatchRule, "watchlistId">>,
): Promise<Watchlist> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(watchlists).values(input).returning();
    await tx.insert(watchlistAlertCounts).values({ watchlistId: row!.id });
    if (rules.length) await tx.insert(watchRules).values(rules.map((r) => ({ ...r, watchlistId: row!.id })));
    return row!;
  });
}

export async function getWatchlist(db: Db, id: string): Promise<Watchlist | undefined> {
  const [row] = await db.select().from(watchlists).where(eq(watchlists.id, id));
  return row;
}

export async function updateWatchlist(
  db: Db,
  id: string,
  set: Partial<Pick<Watchlist, "name" | "shared" | "webhookUrl" | "webhookSecret">>,
): Promise<Watchlist | undefined> {
  const [row] = await db.update(watchlists).set({ ...set, updatedAt: new Date() }).where(eq(watchlists.id, id)).returning();
  return row;
}

export async function deleteWatchlist(db: Db, id: string): Promise<boolean> {
  const rows = await db.delete(watchlists).where(eq(watchlists.id, id)).returning({ id: watchlists.id });
  return rows.length > 0;
}

/**
 * Adds a rule, and counts the watchlist's alerts again: a new rule shows only alerts made after
 * it, but one a matching transaction open meanwhile stores may be.
 */
export async function insertWatchRule(db: Db, rule: NewWatchRule): Promise<WatchRule> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(watchRules).values(rule).returning();
    await recountWatchlists(tx, [rule.watchlistId]);
    return row!;
  });
}

/** Deletes a rule: the watchlist no longer shows the alerts only it showed, and counts again. */
export async function deleteWatchRule(db: Db, watchlistId: string, ruleId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .delete(watchRules)
      .where(and(eq(watchRules.id, ruleId), eq(watchRules.watchlistId, watchlistId)))
      .returning({ id: watchRules.id });
    if (rows.length) await recountWatchlists(tx, [watchlistId]);
    return rows.length > 0;
  });
}

export async function setWatchlistMuted(db: Db, reader: string, watchlistId: string, muted: boolean): Promise<void> {
  if (muted) await db.insert(watchlistMutes).values({ reader, watchlistId }).onConflictDoNothing();
  else await db.delete(watchlistMutes).where(and(eq(watchlistMutes.reader, reader), eq(watchlistMutes.watchlistId, watchlistId)));
}

/** How many alerts of each watchlist the reader has not read, from the counts kept per watchlist and reader. */
async function unreadPerWatchlist(db: Db, reader: string, watchlistIds: string[]): Promise<Map<string, number>> {
  const rows = await db
    .select({
      watchlistId: watchlistAlertCounts.watchlistId,
      n: sql<number>`(${watchlistAlertCounts.shown} - coalesce(${watchlistReadStates.read}, 0))::int`,
    })
    .from(watchlistAlertCounts)
    .leftJoin(watchlistReadStates, and(eq(watchlistReadStates.watchlistId, watchlistAlertCounts.watchlistId), eq(watchlistReadStates.reader, reader)))
    .where(inArray(watchlistAlertCounts.watchlistId, watchlistIds));
  return new Map(rows.map((r) => [r.watchlistId, r.n]));
}

/** Visible watchlists with their rules, whether the viewer muted each, and their unread alerts. */
export async function listWatchlists(db: Db, viewer: WatchViewer, ids?: string[]) {
  const where = and(visibleTo(viewer), ids ? inArray(watchlists.id, ids) : undefined);
  const rows = await db
    .select({
      watchlist: watchlists,
      muted: sql<boolean>`exists (select 1 from ${watchlistMutes} m where m.watchlist_id = ${watchlists.id} and m.reader = ${viewer.reader})`,
    })
    .from(watchlists)
    .where(where)
    .orderBy(desc(watchlists.createdAt));
  const listIds = rows.map((r) => r.watchlist.id);
  const [rules, unread] = rows.length
    ? await Promise.all([
        db.select(ruleColumns).from(watchRules).where(inArray(watchRules.watchlistId, listIds)).orderBy(watchRules.createdAt),
        unreadPerWatchlist(db, viewer.reader, listIds),
      ])
    : [[], new Map<string, number>()];
  return rows.map((r) => ({
    ...r.watchlist,
    muted: r.muted,
    unread: unread.get(r.watchlist.id) ?? 0,
    rules: rules.filter((x) => x.watchlistId === r.watchlist.id),
  }));
}
export type WatchlistWithRules = Awaited<ReturnType<typeof listWatchlists>>[number];

/** Stated bare, not compared with a parameter, so a generic plan can still use the partial index. */
const sharedOnes = sql`${watchlists.shared}`;
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One page of the watchlists list and the cursors of its neighbours. */
export interface WatchlistPage {
  items: WatchlistWithRules[];
  newer: string | null;
  older: string | null;
}

/** Where a page of the watchlists list starts: after (older than) or else before (newer than) a row's cursor. */
export interface WatchlistPagePosition {
  after?: string | undefined;
  before?: string | undefined;
}

/**
 * The visible watchlists a page at a time, newest first. Each of the viewer's sources (all of
 * them; or their own and the shared ones) is walked along its (created_at, id) index from the
 * cursor for one page plus one row, so a page costs the same with ten watchlists or ten thousand.
 * `older` and `newer` are the cursors of the pages on either side, null at either end.
 */
export async function listWatchlistPage(db: Db, viewer: WatchViewer, limit: number, from: WatchlistPagePosition): Promise<WatchlistPage> {
  const backwards = !from.after && from.before !== undefined;
  const given = from.after ?? from.before;
  const cursor = given === undefined ? null : decodeCursor(given);
  const position = cursor
    ? backwards
      ? sql`(${watchlists.createdAt}, ${watchlists.id}) > (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`
      : sql`(${watchlists.createdAt}, ${watchlists.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`
    : undefined;
  const order = backwards ? [asc(watchlists.createdAt), asc(watchlists.id)] : [desc(watchlists.createdAt), desc(watchlists.id)];
  const walk = (source: SQL | undefined) =>
    db
      .select({ id: watchlists.id, createdAtExact: sql<string>`${watchlists.createdAt}::text`, createdAt: watchlists.createdAt })
      .from(watchlists)
      .where(and(source, position))
      .orderBy(...order)
      .limit(limit + 1);
  const sources = viewer.seesAll
    ? [undefined]
    : [viewer.userId ? eq(watchlists.ownerId, viewer.userId) : undefined, sharedOnes].filter((s) => s !== undefined);
  const walked = (await Promise.all(sources.map(walk))).flat();
  // Merged in the walk's order; one of a user's own that is also shared comes from both walks.
  const sign = backwards ? 1 : -1;
  const rows = [...new Map(walked.map((r) => [r.id, r])).values()]
    .sort((a, b) => sign * (a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.createdAtExact, b.createdAtExact) || compareText(a.id, b.id)))
    .slice(0, limit + 1);
  const more = rows.length > limit;
  // Back at the newest ones: the first page whole, even if some were deleted meanwhile.
  if (backwards && !more) return listWatchlistPage(db, viewer, limit, {});
  const page = backwards ? rows.slice(0, limit).reverse() : rows.slice(0, limit);
  const byId = new Map((page.length ? await listWatchlists(db, viewer, page.map((r) => r.id)) : []).map((w) => [w.id, w]));
  const first = page[0];
  const last = page[page.length - 1];
  return {
    items: page.flatMap((r) => byId.get(r.id) ?? []),
    newer: first && (backwards ? more : cursor) ? encodeCursor(first) : null,
    older: last && (backwards ? cursor : more) ? encodeCursor(last) : null,
  };
}

/** The last webhook deliveries of a watchlist, newest first. */
export function lastDeliveries(db: Db, watchlistId: string, limit = 20): Promise<WebhookDelivery[]> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.watchlistId, watchlistId))
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(limit);
}

/** Replaces the watchlist's feed secret: earlier URLs stop answering. */
export async function replaceFeedSecret(db: Db, watchlistId: string, secretHash: string): Promise<void> {
  await db.transaction(async (tx) => {
    await revokeFeedSecretsIn(tx, watchlistId);
    await tx.insert(watchlistFeedSecrets).values({ watchlistId, secretHash });
  });
}

async function revokeFeedSecretsIn(db: Pick<Db, "update">, watchlistId: string) {
  await db
    .update(watchlistFeedSecrets)
    .set({ revokedAt: new Date() })
    .where(and(eq(watchlistFeedSecrets.watchlistId, watchlistId), isNull(watchlistFeedSecrets.revokedAt)));
}

export async function revokeFeedSecrets(db: Db, watchlistId: string): Promise<void> {
  await revokeFeedSecretsIn(db, watchlistId);
}

export async function hasLiveFeedSecret(db: Db, watchlistId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: watchlistFeedSecrets.id })
    .from(watchlistFeedSecrets)
    .where(and(eq(watchlistFeedSecrets.watchlistId, watchlistId), isNull(watchlistFeedSecrets.revokedAt)))
    .limit(1);
  return row !== undefined;
}

/** The watchlist a live feed secret opens, or undefined for an unknown or revoked one. */
export async function watchlistByFeedSecret(db: Db, secretHash: string): Promise<Watchlist | undefined> {
  const [row] = await db
    .select({ watchlist: watchlists })
    .from(watchlistFeedSecrets)
    .innerJoin(watchlists, eq(watchlists.id, watchlistFeedSecrets.watchlistId))
    .where(and(eq(watchlistFeedSecrets.secretHash, secretHash), isNull(watchlistFeedSecrets.revokedAt)));
  return row?.watchlist;
}

/** The match key of a saved search: the Articles page's tsquery of it, or null when no word is searchable. */
export function searchRuleKey(query: string): string | null {
  const tsquery = searchQuery(query);
  return tsquery ? `search:${tsquery}` : null;
}

/**
 * Rules that follow `fromId` (an entity rule, or an event type with a person) follow `intoId` from
 * now on: an analyst merged the one into the other, and the store links new articles to the
 * entity kept. Their match keys name the entity, so they move with it, and so do the alerts
 * stored under those keys; one the new key already holds (same article and subject) gives its
 * read marks to that one and goes.
 */
export async function followEntityMerge(db: Db, fromId: string, intoId: string): Promise<void> {
  await db.execute(sql`
    with moved as (
        select distinct match_key as old_key, replace(match_key, ${fromId}, ${intoId}) as new_key
        from ${watchRules} where entity_id = ${fromId} and strpos(match_key, ${fromId}) > 0),
      clash as (
        select a.id, b.id as keep from ${alerts} a join moved k on a.match_key = k.old_key
          join ${alerts} b on b.match_key = k.new_key and b.article_id = a.article_id and b.subject = a.subject),
      reads as (
        insert into ${alertReads} (reader, watchlist_id, alert_id, read_at)
        select r.reader, r.watchlist_id, c.keep, r.read_at from ${alertReads} r join clash c on c.id = r.alert_id
        on conflict do nothing),
      gone as (delete from ${alerts} a using clash c where a.id = c.id)
    update ${alerts} a set match_key = k.new_key from moved k
    where a.match_key = k.old_key and a.id not in (select id from clash)`);
  // Labels name the entity followed: an entity rule is called by the kept one's name, and an event
  // type with a person ("visit · name") gets his name in place of the merged one's.
  const names = sql`(select canonical_name from ${entities} where id = ${fromId}), (select canonical_name from ${entities} where id = ${intoId})`;
  await db
    .update(watchRules)
    .set({
      entityId: intoId,
      matchKey: sql`replace(${watchRules.matchKey}, ${fromId}, ${intoId})`,
      label: sql`case when ${watchRules.kind} = 'entity' then (select canonical_name from ${entities} where id = ${intoId})
        else replace(${watchRules.label}, ${names}) end`,
    })
    .where(eq(watchRules.entityId, fromId));
  // Watchlists that followed either now show the alerts of both under the kept key.
  const touched = await db.selectDistinct({ id: watchRules.watchlistId }).from(watchRules).where(eq(watchRules.entityId, intoId));
  await recountWatchlists(db, touched.map((r) => r.id));
}

/** What a rule needs to know of an entity it follows: an analyst's merge is followed to the entity kept. */
export async function entityToFollow(db: Db, id: string) {
  const brief = { id: entities.id, type: entities.type, name: entities.canonicalName, country: entities.country, mergedInto: entities.mergedInto };
  const [row] = await db.select(brief).from(entities).where(eq(entities.id, id));
  if (!row?.mergedInto) return row;
  const [kept] = await db.select(brief).from(entities).where(eq(entities.id, row.mergedInto));
  return kept ?? row;
}

import { alerts, articles, watchlistAlertCounts, watchlistMutes, watchlistReadStates, watchlists, watchRules } from "@marsad/schema/tables";
import { and, eq, exists, gte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { alertArticleAfterRule, articleAfterRule, newestAlertsFirst, ruleShowsAlert } from "./watched-alerts";
import { visibleTo, type WatchViewer } from "./watchlists";

/*
 * Which alerts a page of the inbox holds, chosen without joining every rule with every alert:
 * the alerts themselves come from `watchedAlerts`, for these ids only.
 */

export const notMutedBy = (reader: string) =>
  sql`not exists (select 1 from ${watchlistMutes} m where m.watchlist_id = ${watchlists.id} and m.reader = ${reader})`;

/**
 * Per visible watchlist the viewer has not muted (or only `watchlistIds`), how many alerts they have
 * not read, from the counts (one row per watchlist, whatever the number of alerts), and from when
 * on its unread alerts can be: the last "mark all read" (or the beginning).
 */
export async function unreadByWatchlist(db: Db, viewer: WatchViewer, watchlistIds?: string[]) {
  return db
    .select({
      watchlistId: watchlists.id,
      unread: sql<number>`(coalesce(${watchlistAlertCounts.shown}, 0) - coalesce(${watchlistReadStates.read}, 0))::int`,
      readThrough: watchlistReadStates.readThrough,
    })
    .from(watchlists)
    .leftJoin(watchlistAlertCounts, eq(watchlistAlertCounts.watchlistId, watchlists.id))
    .leftJoin(watchlistReadStates, and(eq(watchlistReadStates.watchlistId, watchlists.id), eq(watchlistReadStates.reader, viewer.reader)))
    .where(
      and(
        visibleTo(viewer),
        watchlistIds ? sql`${watchlists.id} = any(${sql.param(watchlistIds)}::uuid[])` : notMutedBy(viewer.reader),
      ),
    );
}

/**
 * The newest alerts any visible, unmuted watchlist shows (unread in one of them, with `unread`):
 * read newest first by `alerts_created_at_id_idx`, each tested against the rules of its key, so
 * Postgres stops after `limit` alerts. Unread, it stops at the last unread alert the counts
 * announce, and reads no further back than the oldest "mark all read" of a watchlist with unread
 * alerts.
 */
async function newestAlertIds(db: Db, viewer: WatchViewer, params: { unread: boolean; limit: number; read: SQL }) {
  let limit = params.limit;
  let since: Date | null = null;
  if (params.unread) {
    const lists = (await unreadByWatchlist(db, viewer)).filter((l) => l.unread > 0);
    limit = Math.min(limit, lists.reduce((n, l) => n + l.unread, 0));
    // A watchlist never marked all read may have unread alerts from its beginning.
    const marks = lists.flatMap((l) => (l.readThrough ? [l.readThrough.getTime()] : []));
    since = marks.length && marks.length === lists.length ? new Date(Math.min(...marks)) : null;
  }
  if (limit === 0) return [];
  const shownBy = db
    .select({ one: sql`1` })
    .from(watchRules)
    .innerJoin(watchlists, eq(watchlists.id, watchRules.watchlistId))
    .innerJoin(articles, articleAfterRule)
    .where(and(ruleShowsAlert, visibleTo(viewer), notMutedBy(viewer.reader), params.unread ? sql`not ${params.read}` : undefined));
  const rows = await db
    .select({ id: alerts.id })
    .from(alerts)
    .where(and(since ? gte(alerts.createdAt, since) : undefined, exists(shownBy)))
    .orderBy(...newestAlertsFirst)
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * The newest alerts of one watchlist: the newest `limit` of each of its rules (an index range of
 * the rule's key each), merged. Costs its rules times `limit`, whatever the archive.
 */
async function newestAlertIdsOf(db: Db, watchlistId: string, params: { unread: boolean; limit: number; read: SQL }) {
  const rows = await db.execute<{ id: string }>(sql`
    select x.id from ${watchRules} cross join lateral (
      select ${alerts.id} as id, ${alerts.createdAt} as created_at
      from ${alerts}
      where ${ruleShowsAlert} and ${alertArticleAfterRule} ${params.unread ? sql`and not ${params.read}` : sql``}
      order by ${sql.join([...newestAlertsFirst], sql`, `)} limit ${params.limit}) x
    where ${watchRules.watchlistId} = ${watchlistId}
    order by x.created_at desc, x.id desc limit ${params.limit}`);
  return [...new Set(rows.map((r) => r.id))];
}

/**
 * The ids of the alerts a page of the inbox (of one watchlist, or of all the viewer's) holds: at
 * least the first `limit` (watchlist, alert) rows of `watchedAlerts` in its order come from them.
 * `readIn(listId)` says whether the viewer read the alert in a watchlist.
 */
export function pageAlertIds(
  db: Db,
  viewer: WatchViewer,
  params: { watchlistId?: string | undefined; unread: boolean; limit: number },
  readIn: (listId: SQL | typeof watchlists.id) => SQL,
): Promise<string[]> {
  if (params.watchlistId) {
    return newestAlertIdsOf(db, params.watchlistId, { ...params, read: readIn(sql`${params.watchlistId}::uuid`) });
  }
  return newestAlertIds(db, viewer, { ...params, read: readIn(watchlists.id) });
}

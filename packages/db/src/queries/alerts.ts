import { alertReads, alerts, articles, watchlistAlertCounts, watchlistReadStates, watchlists, watchRules } from "@marsad/schema/tables";
import type { AlertKind } from "@marsad/schema/zod";
import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { lockAlertCounts, lockReadStates } from "./alert-counters";
import { notMutedBy, pageAlertIds, unreadByWatchlist } from "./alert-pages";
import { alertFactColumns, joinAlertFacts, withFacts } from "./alerts-facts";
import { ruleLabel } from "./watch-rule-label";
import { articleAfterRule, ruleShowsAlert } from "./watched-alerts";
import { visibleTo, type WatchViewer } from "./watchlists";

/**
 * Whether `reader` has read the alert in the watchlist `listId`: made before they last marked the
 * watchlist all read, or marked read alone since.
 */
const readIn = (reader: string, listId: SQL | AnyPgColumn) =>
  sql<boolean>`(exists (select 1 from ${watchlistReadStates} s where s.watchlist_id = ${listId} and s.reader = ${reader} and s.read_through >= ${alerts.createdAt})
    or exists (select 1 from ${alertReads} r where r.alert_id = ${alerts.id} and r.watchlist_id = ${listId} and r.reader = ${reader}))`;
const readBy = (reader: string) => readIn(reader, watchlists.id);

/**
 * The alerts of watchlists, from their rules: one row per watchlist and alert (a watchlist with two
 * rules of a key shows its alerts once, through the older rule), newest first, with `reader`'s
 * read state. `where` filters on the watchlist, the rule and the alert.
 */
export function watchedAlerts(db: Db, reader: string, where: SQL | undefined) {
  return db
    .selectDistinctOn([alerts.createdAt, alerts.id, watchlists.id], {
      id: alerts.id,
      watchlistId: watchlists.id,
      watchlistName: watchlists.name,
      ruleLabel,
      rule: {
        id: watchRules.id,
        kind: watchRules.kind,
        label: ruleLabel,
        entityId: watchRules.entityId,
        scope: watchRules.scope,
        countries: watchRules.countries,
        eventType: watchRules.eventType,
        topic: watchRules.topic,
        query: watchRules.query,
      },
      kind: sql<AlertKind>`${alerts.kind}`,
      articleId: alerts.articleId,
      articleTitle: articles.title,
      articleUrl: articles.url,
      ...alertFactColumns,
      read: readBy(reader),
      createdAt: alerts.createdAt,
    })
    .from(watchRules)
    .innerJoin(watchlists, eq(watchlists.id, watchRules.watchlistId))
    .innerJoin(alerts, ruleShowsAlert)
    .innerJoin(articles, articleAfterRule)
    .leftJoin(...joinAlertFacts.event)
    .leftJoin(...joinAlertFacts.entity)
    .where(where)
    .orderBy(desc(alerts.createdAt), desc(alerts.id), watchlists.id, watchRules.createdAt, watchRules.id);
}

/**
 * The viewer's alerts, newest first: of one watchlist, or of every visible watchlist they have not
 * muted; `unread` keeps only the ones they have not read. An alert shared by two of their
 * watchlists is listed under each, with the read state of each. The page's alerts are chosen first
 * (`pageAlertIds`, which stops after the page), then read with their facts.
 */
export async function listAlerts(db: Db, viewer: WatchViewer, params: { watchlistId?: string | undefined; unread?: boolean | undefined; limit: number }) {
  const unread = params.unread ?? false;
  const ids = await pageAlertIds(db, viewer, { ...params, unread }, (listId) => readIn(viewer.reader, listId));
  const where = and(
    visibleTo(viewer),
    params.watchlistId ? eq(watchlists.id, params.watchlistId) : notMutedBy(viewer.reader),
    unread ? sql`not ${readBy(viewer.reader)}` : undefined,
  );
  // An alert is listed once per watchlist that shows it (dozens, for a topic many follow): the
  // page's alerts are read a few at a time, newest first, until the page is full.
  const rows: Awaited<ReturnType<typeof watchedAlerts>> = [];
  for (let from = 0, size = Math.ceil(params.limit / 8); from < ids.length && rows.length < params.limit; from += size, size *= 4) {
    rows.push(...(await watchedAlerts(db, viewer.reader, and(inArray(alerts.id, ids.slice(from, from + size)), where)).limit(params.limit - rows.length)));
  }
  return rows.map(({ articleUrl: _url, ...row }) => withFacts(row));
}
export type AlertRow = Awaited<ReturnType<typeof listAlerts>>[number];

/**
 * Unread alerts of the visible watchlists the viewer has not muted (per watchlist): the count in
 * the navigation, from the counts kept per watchlist and reader (a row of each per watchlist).
 */
export async function countUnreadAlerts(db: Db, viewer: WatchViewer): Promise<number> {
  return (await unreadByWatchlist(db, viewer)).reduce((n, l) => n + l.unread, 0);
}

/**
 * Marks alerts read for the viewer: the ones named (in every visible watchlist that shows them),
 * or all of a watchlist's (or both: the ones named, in that watchlist). Returns how many
 * (watchlist, alert) pairs were unread and now are read. One transaction, which keeps the read
 * counts with the marks.
 */
export async function markAlertsRead(db: Db, viewer: WatchViewer, target: { alertIds?: string[] | undefined; watchlistId?: string | undefined }): Promise<number> {
  if (target.alertIds?.length === 0) return 0;
  if (!target.alertIds) return target.watchlistId ? markWatchlistRead(db, viewer, target.watchlistId) : 0;
  const alertIds = target.alertIds;
  return db.transaction(async (tx) => {
    const visible = await watchedAlerts(
      tx,
      viewer.reader,
      and(visibleTo(viewer), inArray(alerts.id, alertIds), target.watchlistId ? eq(watchlists.id, target.watchlistId) : undefined),
    );
    const unread = visible.filter((a) => !a.read);
    if (!unread.length) return 0;
    await lockReadStates(tx, viewer.reader, unread.map((a) => a.watchlistId));
    // After the lock: a "mark all read" committed meanwhile has read them already.
    const marked = await tx.execute<{ watchlist_id: string }>(sql`
      insert into ${alertReads} (reader, watchlist_id, alert_id)
      select ${viewer.reader}, p.watchlist_id, p.alert_id
      from unnest(${sql.param(unread.map((a) => a.watchlistId))}::uuid[], ${sql.param(unread.map((a) => a.id))}::uuid[]) as p(watchlist_id, alert_id)
      join ${alerts} on ${alerts.id} = p.alert_id
      where not exists (select 1 from ${watchlistReadStates} s where s.reader = ${viewer.reader} and s.watchlist_id = p.watchlist_id
        and s.read_through >= ${alerts.createdAt})
      on conflict do nothing
      returning watchlist_id`);
    await tx.execute(sql`
      update ${watchlistReadStates} s set read = s.read + m.n
      from (select watchlist_id, count(*) as n from unnest(${sql.param(marked.map((m) => m.watchlist_id))}::uuid[]) as t(watchlist_id) group by watchlist_id) m
      where s.reader = ${viewer.reader} and s.watchlist_id = m.watchlist_id`);
    return marked.length;
  });
}

/**
 * Marks every alert of a watchlist read for the viewer: their read state says "read up to now"
 * (no row per alert) and counts the watchlist's alerts as read. Returns how many were unread.
 */
async function markWatchlistRead(db: Db, viewer: WatchViewer, watchlistId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [list] = await tx.select({ id: watchlists.id }).from(watchlists).where(and(eq(watchlists.id, watchlistId), visibleTo(viewer)));
    if (!list) return 0;
    // The count row first (see alert-counters.ts): matching that counted for this watchlist has committed.
    await lockAlertCounts(tx, [watchlistId]);
    await lockReadStates(tx, viewer.reader, [watchlistId]);
    const [before] = await unreadByWatchlist(tx, viewer, [watchlistId]);
    // The clock, not the transaction's start: every alert counted above was made before it.
    await tx
      .update(watchlistReadStates)
      .set({ read: sql`(select ${watchlistAlertCounts.shown} from ${watchlistAlertCounts} where ${watchlistAlertCounts.watchlistId} = ${watchlistId})`, readThrough: sql`clock_timestamp()` })
      .where(and(eq(watchlistReadStates.reader, viewer.reader), eq(watchlistReadStates.watchlistId, watchlistId)));
    // Every alert it shows is read now by the mark: their own rows are no longer needed.
    await tx.delete(alertReads).where(and(eq(alertReads.reader, viewer.reader), eq(alertReads.watchlistId, watchlistId)));
    return before?.unread ?? 0;
  });
}
/** A watchlist's newest alerts for its Atom feed (no read state: a feed reader keeps its own). */
export async function feedAlerts(db: Db, watchlistId: string, limit = 100) {
  const anyone: WatchViewer = { reader: "", userId: null, seesAll: true };
  const ids = await pageAlertIds(db, anyone, { watchlistId, unread: false, limit }, () => sql`false`);
  if (ids.length === 0) return [];
  const rows = await watchedAlerts(db, "", and(eq(watchlists.id, watchlistId), inArray(alerts.id, ids))).limit(limit);
  return rows.map(({ watchlistId: _list, watchlistName: _name, rule: _rule, read: _read, ...row }) => withFacts(row));
}
export type FeedAlert = Awaited<ReturnType<typeof feedAlerts>>[number];

import { alertReads, alerts, articles, watchlistMutes, watchlists, watchRules } from "@marsad/schema/tables";
import type { AlertKind } from "@marsad/schema/zod";
import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { alertFactColumns, joinAlertFacts, withFacts } from "./alerts-facts";
import { ruleLabel } from "./watch-rule-label";
import { articleAfterRule, ruleShowsAlert } from "./watched-alerts";
import { visibleTo, type WatchViewer } from "./watchlists";

const readBy = (reader: string) =>
  sql<boolean>`exists (select 1 from ${alertReads} r where r.alert_id = ${alerts.id} and r.watchlist_id = ${watchlists.id} and r.reader = ${reader})`;
const notMutedBy = (reader: string) =>
  sql`not exists (select 1 from ${watchlistMutes} m where m.watchlist_id = ${watchlists.id} and m.reader = ${reader})`;

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
 * watchlists is listed under each, with the read state of each.
 */
export async function listAlerts(db: Db, viewer: WatchViewer, params: { watchlistId?: string | undefined; unread?: boolean | undefined; limit: number }) {
  const rows = await watchedAlerts(
    db,
    viewer.reader,
    and(
      visibleTo(viewer),
      params.watchlistId ? eq(watchlists.id, params.watchlistId) : notMutedBy(viewer.reader),
      params.unread ? sql`not ${readBy(viewer.reader)}` : undefined,
    ),
  ).limit(params.limit);
  return rows.map(({ articleUrl: _url, ...row }) => withFacts(row));
}
export type AlertRow = Awaited<ReturnType<typeof listAlerts>>[number];

/** Unread alerts of the visible watchlists the viewer has not muted (per watchlist): the count in the navigation. */
export async function countUnreadAlerts(db: Db, viewer: WatchViewer): Promise<number> {
  const unread = watchedAlerts(db, viewer.reader, and(visibleTo(viewer), notMutedBy(viewer.reader), sql`not ${readBy(viewer.reader)}`)).as("unread");
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(unread);
  return row?.n ?? 0;
}

/**
 * Marks alerts read for the viewer: the ones named (in every visible watchlist that shows them),
 * or all of a watchlist's (or both: the ones named, in that watchlist). Returns how many
 * (watchlist, alert) marks were new.
 */
export async function markAlertsRead(db: Db, viewer: WatchViewer, target: { alertIds?: string[] | undefined; watchlistId?: string | undefined }): Promise<number> {
  if (target.alertIds?.length === 0) return 0;
  const visible = await watchedAlerts(
    db,
    viewer.reader,
    and(
      visibleTo(viewer),
      target.alertIds ? inArray(alerts.id, target.alertIds) : undefined,
      target.watchlistId ? eq(watchlists.id, target.watchlistId) : undefined,
    ),
  );
  if (!visible.length) return 0;
  const rows = await db
    .insert(alertReads)
    .values(visible.map((a) => ({ reader: viewer.reader, watchlistId: a.watchlistId, alertId: a.id })))
    .onConflictDoNothing()
    .returning({ alertId: alertReads.alertId });
  return rows.length;
}

/** A watchlist's newest alerts for its Atom feed (no read state: a feed reader keeps its own). */
export async function feedAlerts(db: Db, watchlistId: string, limit = 100) {
  const rows = await watchedAlerts(db, "", eq(watchlists.id, watchlistId)).limit(limit);
  return rows.map(({ watchlistId: _list, watchlistName: _name, rule: _rule, read: _read, ...row }) => withFacts(row));
}
export type FeedAlert = Awaited<ReturnType<typeof feedAlerts>>[number];

import { alertReads, alerts, articles, watchlistMutes, watchlists, watchRules } from "@marsad/schema/tables";
import type { AlertKind } from "@marsad/schema/zod";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { alertFactColumns, joinAlertFacts, withFacts } from "./alerts-facts";
import { visibleTo, type WatchViewer } from "./watchlists";

const readBy = (reader: string) =>
  sql<boolean>`exists (select 1 from ${alertReads} r where r.alert_id = ${alerts.id} and r.reader = ${reader})`;
const notMutedBy = (reader: string) =>
  sql`not exists (select 1 from ${watchlistMutes} m where m.watchlist_id = ${alerts.watchlistId} and m.reader = ${reader})`;

/**
 * The viewer's alerts, newest first: of one watchlist, or of every visible watchlist they have not
 * muted; `unread` keeps only the ones they have not read.
 */
export async function listAlerts(db: Db, viewer: WatchViewer, params: { watchlistId?: string | undefined; unread?: boolean | undefined; limit: number }) {
  const read = readBy(viewer.reader);
  const rows = await db
    .select({
      id: alerts.id,
      watchlistId: alerts.watchlistId,
      watchlistName: watchlists.name,
      ruleLabel: watchRules.label,
      rule: {
        id: watchRules.id,
        kind: watchRules.kind,
        label: watchRules.label,
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
      ...alertFactColumns,
      read,
      createdAt: alerts.createdAt,
    })
    .from(alerts)
    .innerJoin(watchlists, eq(watchlists.id, alerts.watchlistId))
    .innerJoin(watchRules, eq(watchRules.id, alerts.ruleId))
    .innerJoin(articles, eq(articles.id, alerts.articleId))
    .leftJoin(...joinAlertFacts.event)
    .leftJoin(...joinAlertFacts.entity)
    .where(
      and(
        visibleTo(viewer),
        params.watchlistId ? eq(alerts.watchlistId, params.watchlistId) : notMutedBy(viewer.reader),
        params.unread ? sql`not ${read}` : undefined,
      ),
    )
    .orderBy(desc(alerts.createdAt), desc(alerts.id))
    .limit(params.limit);
  return rows.map(withFacts);
}
export type AlertRow = Awaited<ReturnType<typeof listAlerts>>[number];

/** Unread alerts of the visible watchlists the viewer has not muted: the count in the navigation. */
export async function countUnreadAlerts(db: Db, viewer: WatchViewer): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(alerts)
    .innerJoin(watchlists, eq(watchlists.id, alerts.watchlistId))
    .where(and(visibleTo(viewer), notMutedBy(viewer.reader), sql`not ${readBy(viewer.reader)}`));
  return row?.n ?? 0;
}

/** Marks alerts read for the viewer: the ones named, or all of a watchlist's. Returns how many were newly read. */
export async function markAlertsRead(db: Db, viewer: WatchViewer, target: { alertIds?: string[] | undefined; watchlistId?: string | undefined }): Promise<number> {
  const visible = await db
    .select({ id: alerts.id })
    .from(alerts)
    .innerJoin(watchlists, eq(watchlists.id, alerts.watchlistId))
    .where(
      and(
        visibleTo(viewer),
        target.alertIds ? inArray(alerts.id, target.alertIds.length ? target.alertIds : ["00000000-0000-0000-0000-000000000000"]) : undefined,
        target.watchlistId ? eq(alerts.watchlistId, target.watchlistId) : undefined,
      ),
    );
  if (!visible.length) return 0;
  const rows = await db
    .insert(alertReads)
    .values(visible.map((a) => ({ reader: viewer.reader, alertId: a.id })))
    .onConflictDoNothing()
    .returning({ alertId: alertReads.alertId });
  return rows.length;
}

/** A watchlist's newest alerts for its Atom feed (no read state: a feed reader keeps its own). */
export async function feedAlerts(db: Db, watchlistId: string, limit = 100) {
  const rows = await db
    .select({
      id: alerts.id,
      kind: sql<AlertKind>`${alerts.kind}`,
      ruleLabel: watchRules.label,
      articleId: alerts.articleId,
      articleTitle: articles.title,
      articleUrl: articles.url,
      ...alertFactColumns,
      createdAt: alerts.createdAt,
    })
    .from(alerts)
    .innerJoin(watchRules, eq(watchRules.id, alerts.ruleId))
    .innerJoin(articles, eq(articles.id, alerts.articleId))
    .leftJoin(...joinAlertFacts.event)
    .leftJoin(...joinAlertFacts.entity)
    .where(eq(alerts.watchlistId, watchlistId))
    .orderBy(desc(alerts.createdAt), desc(alerts.id))
    .limit(limit);
  return rows.map(withFacts);
}
export type FeedAlert = Awaited<ReturnType<typeof feedAlerts>>[number];

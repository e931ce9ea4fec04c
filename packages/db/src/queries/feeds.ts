import { feedItems, feeds, type Feed } from "@marsad/schema/tables";
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";

/** Registers a feed, or returns the one already registered for the URL (with its interval updated). */
export async function upsertFeed(db: Db, input: { url: string; intervalMinutes: number }): Promise<{ feed: Feed; created: boolean }> {
  const [inserted] = await db.insert(feeds).values(input).onConflictDoNothing({ target: feeds.url }).returning();
  if (inserted) return { feed: inserted, created: true };
  const [existing] = await db
    .update(feeds)
    .set({ intervalMinutes: input.intervalMinutes })
    .where(eq(feeds.url, input.url))
    .returning();
  return { feed: existing!, created: false };
}

export async function getFeed(db: Db, id: string): Promise<Feed | undefined> {
  const [row] = await db.select().from(feeds).where(eq(feeds.id, id));
  return row;
}

export function listFeeds(db: Db): Promise<Feed[]> {
  return db.select().from(feeds).orderBy(desc(feeds.createdAt));
}

/** Claims a feed item; true only the first time this feed offers this guid/link. */
export async function claimFeedItem(db: Db, feedId: string, itemKey: string): Promise<boolean> {
  const rows = await db.insert(feedItems).values({ feedId, itemKey }).onConflictDoNothing().returning();
  return rows.length > 0;
}

export async function linkFeedItem(db: Db, feedId: string, itemKey: string, articleId: string): Promise<void> {
  await db
    .update(feedItems)
    .set({ articleId })
    .where(sql`${feedItems.feedId} = ${feedId} and ${feedItems.itemKey} = ${itemKey}`);
}

export async function recordFeedPoll(
  db: Db,
  id: string,
  result:
    | { ok: true; title?: string | null; etag: string | null; lastModified: string | null; newItems: number }
    | { ok: false; error: string },
): Promise<void> {
  const now = new Date();
  if (!result.ok) {
    await db.update(feeds).set({ lastPolledAt: now, lastError: result.error.slice(0, 1000), lastNewItems: 0 }).where(eq(feeds.id, id));
    return;
  }
  await db
    .update(feeds)
    .set({
      lastPolledAt: now,
      lastError: null,
      lastNewItems: result.newItems,
      totalItems: sql`${feeds.totalItems} + ${result.newItems}`,
      etag: result.etag,
      lastModified: result.lastModified,
      ...(result.title ? { title: result.title } : {}),
    })
    .where(eq(feeds.id, id));
}

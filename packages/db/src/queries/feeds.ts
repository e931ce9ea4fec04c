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

/** Another feed is already registered under the URL a feed was to be changed to. */
export class FeedUrlTakenError extends Error {
  constructor(readonly url: string) {
    super(`another feed is already registered for ${url}`);
    this.name = "FeedUrlTakenError";
  }
}

/**
 * Changes a feed's URL or interval; undefined when no feed has the id. A new URL is a new document:
 * its conditional-request keys and title are cleared until the next poll reads them again.
 */
export async function updateFeed(
  db: Db,
  id: string,
  patch: { url?: string | undefined; intervalMinutes?: number | undefined },
): Promise<Feed | undefined> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(feeds).where(eq(feeds.id, id)).for("update");
    if (!current) return undefined;
    const urlChanged = patch.url !== undefined && patch.url !== current.url;
    if (urlChanged) {
      const [taken] = await tx.select({ id: feeds.id }).from(feeds).where(eq(feeds.url, patch.url!));
      if (taken) throw new FeedUrlTakenError(patch.url!);
    }
    const [updated] = await tx
      .update(feeds)
      .set({
        ...(patch.intervalMinutes !== undefined ? { intervalMinutes: patch.intervalMinutes } : {}),
        ...(urlChanged ? { url: patch.url, etag: null, lastModified: null, title: null, lastError: null } : {}),
      })
      .where(eq(feeds.id, id))
      .returning();
    return updated;
  });
}

/**
 * Pauses a feed (no polls until it is resumed) or resumes it; undefined when no feed has the id.
 * Pausing a paused feed keeps the time it was first paused.
 */
export async function setFeedPaused(db: Db, id: string, paused: boolean): Promise<Feed | undefined> {
  const [row] = await db
    .update(feeds)
    .set({ pausedAt: paused ? sql`coalesce(${feeds.pausedAt}, now())` : null })
    .where(eq(feeds.id, id))
    .returning();
  return row;
}

/** Deletes a feed and its item log (the articles it brought in stay); false when no feed had the id. */
export async function deleteFeed(db: Db, id: string): Promise<boolean> {
  const deleted = await db.delete(feeds).where(eq(feeds.id, id)).returning({ id: feeds.id });
  return deleted.length > 0;
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

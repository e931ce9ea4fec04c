import { sql } from "drizzle-orm";
import { integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { articles } from "./articles";

/**
 * An outlet's RSS/Atom feed, polled on its own interval by a BullMQ job scheduler. ETag and
 * Last-Modified make each poll a conditional request; the status columns are what the feeds page
 * shows. `pausedAt` is the source of truth for whether it is polled at all: the scheduler in Redis
 * follows it, and a poll already queued when it was paused reads it and does nothing.
 */
export const feeds = pgTable("feeds", {
  id: uuid().primaryKey().default(sql`gen_random_uuid()`),
  url: text().notNull().unique("feeds_url_idx"),
  title: text(),
  intervalMinutes: integer().notNull().default(30),
  etag: text(),
  lastModified: text(),
  lastPolledAt: timestamp({ withTimezone: true }),
  /** Items that were new at the last poll, and in all. */
  lastNewItems: integer().notNull().default(0),
  totalItems: integer().notNull().default(0),
  lastError: text(),
  /** When an editor paused the feed; null while it is polled. */
  pausedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Every item a feed has offered, keyed by guid (or link): each is enqueued once, however often it reappears. */
export const feedItems = pgTable(
  "feed_items",
  {
    feedId: uuid()
      .notNull()
      .references(() => feeds.id, { onDelete: "cascade" }),
    itemKey: text().notNull(),
    articleId: uuid().references(() => articles.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.feedId, t.itemKey] })],
);

export type Feed = typeof feeds.$inferSelect;

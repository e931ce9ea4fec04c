import { sql } from "drizzle-orm";
import { pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** An outlet or agency that published articles ("الأناضول", "Xinhua"), one row per name key. */
export const sources = pgTable(
  "sources",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    name: text().notNull(),
    nameKey: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("sources_name_key_idx").on(t.nameKey)],
);

/** Articles that tell the same story; near-duplicates (rewrites of one wire) share a cluster. */
export const storyClusters = pgTable("story_clusters", {
  id: uuid().primaryKey().default(sql`gen_random_uuid()`),
  /** Title of the first article of the story. */
  label: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Source = typeof sources.$inferSelect;
export type StoryCluster = typeof storyClusters.$inferSelect;

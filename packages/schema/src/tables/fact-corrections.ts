import { sql } from "drizzle-orm";
import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { articles } from "./articles";

/** Which extracted fact an analyst judged. */
export const factType = pgEnum("fact_type", ["mention", "title", "event", "participant", "report"]);

/** What the analyst said of it: right as extracted, right with these fields changed, or wrong. */
export const correctionAction = pgEnum("correction_action", ["accept", "edit", "reject"]);

/**
 * Analysts' judgements of extracted facts, appended and never updated: the audit log is the
 * table itself, and the latest row of a (fact_type, fact_key) is the one in force. `factKey`
 * names the fact by what reprocessing reproduces (entity ids, character offsets, event ids),
 * never by the ids of rows reprocessing deletes and recreates, so a correction outlives them:
 *
 * - mention:     `${entityId}:${start}:${end}` (with `articleId`)
 * - title:       `${articleId}:${entityId}` (with `articleId`); `value` holds the edited `{ rank, role }`
 * - participant: `${eventId}:${entityId}`
 * - event:       `${eventId}`; rejecting an event hides it
 * - report:      `${eventId}:${articleId}` (with `articleId`); rejecting detaches the article's
 *                report from the event: it makes an event of its own and never joins that one again
 */
export const factCorrections = pgTable(
  "fact_corrections",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    articleId: uuid().references(() => articles.id, { onDelete: "cascade" }),
    factType: factType().notNull(),
    factKey: text().notNull(),
    action: correctionAction().notNull(),
    /** The edited fields (e.g. `{ rank, role }` of a title); null for accept and reject. */
    value: jsonb(),
    note: text(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** The extractor version that had written the fact the analyst judged. */
    extractorVersion: text(),
  },
  (t) => [
    index("fact_corrections_fact_type_fact_key_created_at_idx").on(t.factType, t.factKey, t.createdAt),
    index("fact_corrections_article_id_idx").on(t.articleId),
  ],
);

export type FactCorrection = typeof factCorrections.$inferSelect;
export type NewFactCorrection = typeof factCorrections.$inferInsert;
export type FactType = (typeof factType.enumValues)[number];
export type CorrectionAction = (typeof correctionAction.enumValues)[number];

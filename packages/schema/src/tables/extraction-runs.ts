import { sql } from "drizzle-orm";
import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Why a run exists: articles arriving (`ingest`) or stored articles read again (`reprocess`). */
export const extractionRunKind = pgEnum("extraction_run_kind", ["ingest", "reprocess"]);

/**
 * One batch of articles (re)processed by one extractor version. Progress is never counted here:
 * it is read from the statuses of the articles whose `extraction_run_id` points at the run, so a
 * crashed worker or a lost job can never leave a counter wrong.
 */
export const extractionRuns = pgTable(
  "extraction_runs",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    extractorVersion: text().notNull(),
    kind: extractionRunKind().notNull(),
    /** Which articles were chosen: `all`, or `outdated` (another extractor version wrote them). */
    scope: text().notNull(),
    requestedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** Set by the worker that finishes the run's last article; null while any is queued or processing. */
    finishedAt: timestamp({ withTimezone: true, mode: "date" }),
    /** How many articles the run chose when it started. */
    articleCount: integer().notNull().default(0),
  },
  (t) => [index("extraction_runs_requested_at_idx").on(t.requestedAt)],
);

export type ExtractionRun = typeof extractionRuns.$inferSelect;
export type ExtractionRunKind = (typeof extractionRunKind.enumValues)[number];

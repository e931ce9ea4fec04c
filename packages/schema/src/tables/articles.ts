import { sql } from "drizzle-orm";
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tsvector } from "./custom-types";
import { extractionRuns } from "./extraction-runs";
import { sources, storyClusters } from "./sources";

/** Life of a submitted article: queued → processing → done | failed. */
export const articleStatus = pgEnum("article_status", ["queued", "processing", "done", "failed"]);

/**
 * How an article's publication date was known: printed in the text's header, dateline or closing
 * line (`stated`), printed there in the Hijri calendar and converted (`hijri`), worked out from
 * relative words or a weekday beside a printed date (`inferred`), given by the feed item (`feed`) or
 * the fetched page's metadata (`page`), or typed by the submitter (`submitter`). The day the article
 * arrived is never a publication date: that is `created_at`.
 */
export const publishedSource = pgEnum("published_source", ["stated", "hijri", "inferred", "feed", "page", "submitter"]);

/** Language detected from the text: Arabic, English or anything else. */
export const articleLanguage = pgEnum("article_language", ["ar", "en", "other"]);

/**
 * One submitted article. The row is written before its job is queued, so Postgres always holds
 * everything a user submitted, whatever happens to Redis or a worker.
 */
export const articles = pgTable(
  "articles",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    status: articleStatus().notNull().default("queued"),
    /** Why processing failed, readable by a person; null unless status is `failed`. */
    error: text(),
    /**
     * SHA-256 of the whitespace-normalised text (or, until a URL is fetched, of the URL): the same
     * text or the same link submitted twice is one article.
     */
    contentHash: text().notNull(),
    url: text(),
    /** Outlet as given by the submitter, or as read from the text when none was given. */
    source: text(),
    title: text(),
    /** Byline, from the submitter or a feed item. */
    author: text(),
    /** The article text; null while a URL submission waits to be fetched. */
    rawText: text(),
    cleanedText: text(),
    language: articleLanguage(),
    /** Publication date (calendar day), from the submitter, the feed or page, or read from the text; null when unknown. */
    publishedAt: date({ mode: "string" }),
    /** How `publishedAt` was known (see `publishedSource`); null exactly when `publishedAt` is. */
    publishedSource: publishedSource(),
    /** How many times a worker has started processing this article. */
    attempts: integer().notNull().default(0),
    /** The extraction document (see `extractionSchema`), until the knowledge store lands. */
    extraction: jsonb(),
    extractorVersion: text(),
    sourceId: uuid().references(() => sources.id, { onDelete: "set null" }),
    /** 64-bit SimHash of the normalised text's word shingles, for near-duplicate detection. */
    simhash: bigint({ mode: "bigint" }),
    storyId: uuid().references(() => storyClusters.id, { onDelete: "set null" }),
    /**
     * Internal key, never shown as a date: the publication date, else the day the article arrived.
     * Rewrites of one wire are looked for among articles of nearby days only, so finding them does
     * not cost more as the archive grows. Views that place articles in time read `publishedAt`.
     */
    storyDay: date({ mode: "string" }).generatedAlwaysAs(sql`coalesce(published_at, (created_at at time zone 'UTC')::date)`),
    /** The extraction run that last queued this article for (re)processing; its progress is read from here. */
    extractionRunId: uuid().references(() => extractionRuns.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    processedAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("articles_content_hash_idx").on(t.contentHash),
    index("articles_created_at_id_idx").on(t.createdAt, t.id),
    index("articles_status_updated_at_idx").on(t.status, t.updatedAt),
    index("articles_story_id_idx").on(t.storyId),
    // Covers the near-duplicate search: a day range read from the index alone.
    index("articles_story_day_simhash_idx").on(t.storyDay, t.simhash, t.storyId, t.id),
    index("articles_source_id_created_at_idx").on(t.sourceId, t.createdAt),
    index("articles_published_at_idx").on(t.publishedAt),
    index("articles_url_idx").on(t.url),
    index("articles_extraction_run_id_status_idx").on(t.extractionRunId, t.status),
  ],
);

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type ArticleStatus = (typeof articleStatus.enumValues)[number];
export type ArticleLanguage = (typeof articleLanguage.enumValues)[number];
export type PublishedSource = (typeof publishedSource.enumValues)[number];

/**
 * Full-text index of processed articles, kept apart from `articles` so a search reads a narrow
 * table: the GIN index finds matches, the row gives their date without touching article text.
 * `vector` is `to_tsvector('simple', …)` of the search terms (see `searchTerms` in
 * @marsad/extract/text), stripped of positions.
 */
export const articleSearch = pgTable(
  "article_search",
  {
    articleId: uuid()
      .primaryKey()
      .references(() => articles.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    vector: tsvector().notNull(),
  },
  (t) => [
    index("article_search_vector_idx").using("gin", t.vector),
    index("article_search_created_at_idx").on(t.createdAt),
  ],
);

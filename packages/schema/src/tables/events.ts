import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { entities } from "./entities";

export const eventType = pgEnum("event_type", [
  "visit",
  "meeting",
  "agreement",
  "conference",
  "reception",
  "statement",
  "other",
]);

/**
 * Where an event's date comes from: its own text (`text`: a printed date, or relative words and
 * weekdays against the article's publication date), or, when the text gives none, the publication
 * date of the article that reported it (`publication`). An event with neither is undated.
 */
export const eventDateSource = pgEnum("event_date_source", ["text", "publication"]);

/**
 * One real-world happening. Several outlets reporting the same meeting are one event with several
 * rows in `event_articles`.
 */
export const events = pgTable(
  "events",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    type: eventType().notNull(),
    /** The event's day: from its text, else its report's publication date; null when undated. */
    date: date({ mode: "string" }),
    /** How `date` was known; null exactly when `date` is. */
    dateSource: eventDateSource(),
    /**
     * Internal key, never shown as a date: the event's date, else the day its first report arrived.
     * Matching reports of one event and the advisory locks that serialise them compare these; views
     * place events in time by `date` and list undated ones apart.
     */
    anchorDate: date({ mode: "string" }).notNull(),
    location: text(),
    /** Kind (city, region, site, country) and state of the location, when the gazetteer knows it. */
    locationKind: text(),
    locationCountry: text(),
    locationEntityId: uuid().references(() => entities.id, { onDelete: "set null" }),
    /** ISO codes of the states involved, sorted. */
    countries: text().array().notNull().default(sql`'{}'::text[]`),
    summary: text().notNull(),
    articleCount: integer().notNull().default(0),
    /** An analyst rejected the event (see `fact_corrections`): kept, so reprocessing finds it again, but not shown. */
    hidden: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("events_date_idx").on(t.date),
    // The events list pages in this order (dated newest first, undated after): a keyset read from this index.
    index("events_date_created_at_id_idx").on(t.date.desc().nullsLast(), t.createdAt.desc(), t.id.desc()),
    index("events_type_anchor_date_idx").on(t.type, t.anchorDate),
    index("events_type_date_idx").on(t.type, t.date),
    index("events_countries_idx").using("gin", t.countries),
  ],
);

export const eventParticipants = pgTable(
  "event_participants",
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    entityId: uuid()
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.entityId] }), index("event_participants_entity_id_idx").on(t.entityId)],
);

/**
 * Coverage of an event: which article reported it, with its own evidence sentence. Who reported
 * first and which articles are rewrites are read from the articles' dates and SimHashes.
 */
export const eventArticles = pgTable(
  "event_articles",
  {
    eventId: uuid()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** Position of the event within the article's extraction, so reprocessing updates in place. */
    ordinal: integer().notNull(),
    evidence: text(),
    evidenceStart: integer(),
    evidenceEnd: integer(),
    summary: text(),
    extractorVersion: text().notNull(),
    /**
     * Why this report joined an event another report had created: the participants both name, and
     * whether date, place and type agreed (`EventJoin` in @marsad/schema/zod). Null for the report
     * that created the event.
     */
    joinedBy: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("event_articles_article_id_ordinal_idx").on(t.articleId, t.ordinal),
    index("event_articles_event_id_idx").on(t.eventId),
  ],
);

export type Event = typeof events.$inferSelect;
export type EventType = (typeof eventType.enumValues)[number];
export type EventDateSource = (typeof eventDateSource.enumValues)[number];
export type EventArticle = typeof eventArticles.$inferSelect;

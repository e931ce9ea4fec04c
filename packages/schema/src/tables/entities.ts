import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { articles } from "./articles";

/** What an entity is: one real person, organization, place or country across every article. */
export const entityType = pgEnum("entity_type", ["person", "organization", "place", "country"]);

/**
 * One real-world thing, however many articles and spellings name it. `nameKey` is the matching key
 * of the canonical name (diacritics, hamza forms, ta marbuta folded). An entity an analyst merged
 * into another keeps its row with `mergedInto` set, so links to it still resolve.
 */
export const entities = pgTable(
  "entities",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    type: entityType().notNull(),
    canonicalName: text().notNull(),
    nameKey: text().notNull(),
    /** ISO 3166-1 alpha-2 of the state a person serves, an organization belongs to, a place lies in. */
    country: text(),
    /** For places: city, region, site or country. */
    placeKind: text(),
    lat: doublePrecision(),
    lon: doublePrecision(),
    /**
     * People: the consonant skeleton of the family name, the same for its Arabic and Latin
     * spellings (حفتر / Haftar → "hftr"); the candidates a name in the other script is compared with.
     */
    familySkeleton: text(),
    mergedInto: uuid().references((): AnyPgColumn => entities.id, { onDelete: "set null" }),
    mentionCount: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("entities_type_name_key_idx").on(t.type, t.nameKey),
    index("entities_type_mention_count_idx").on(t.type, t.mentionCount),
    // People who share a family name (the last word of the name key): the candidates a new
    // spelling of a person's name is compared with.
    index("entities_person_family_idx")
      .on(sql`split_part(${t.nameKey}, ' ', -1)`)
      .where(sql`${t.type} = 'person'`),
    index("entities_person_family_skeleton_idx")
      .on(t.familySkeleton)
      .where(sql`${t.type} = 'person'`),
  ],
);

/**
 * Every spelling seen for an entity (and the ones analysts add). Resolution looks names up here,
 * so a later article that prints "عبدالمجيد صقر" finds the entity first seen as "عبد المجيد صقر".
 */
export const entityAliases = pgTable(
  "entity_aliases",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    entityId: uuid()
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    alias: text().notNull(),
    aliasKey: text().notNull(),
    /** `extracted` by the machine, or `analyst` when a person added or confirmed it. */
    origin: text().notNull().default("extracted"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("entity_aliases_entity_id_alias_key_idx").on(t.entityId, t.aliasKey),
    index("entity_aliases_alias_key_idx").on(t.aliasKey),
    index("entity_aliases_alias_key_trgm_idx").using("gin", t.aliasKey.op("gin_trgm_ops")),
  ],
);

/**
 * An entity as one article presents it: the rank, role and state printed there. Titles over time
 * are read from these rows ordered by the articles' dates.
 */
export const articleEntities = pgTable(
  "article_entities",
  {
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    entityId: uuid()
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    /** The name as this article prints it in full. */
    name: text().notNull(),
    /** The rank as printed ("الفريق الركن", "Lt. Gen."): the evidence. */
    rank: text(),
    /** The printed rank's step on its service's ladder ("lieutenant-general"), null when not a military rank. */
    rankKey: text(),
    /** NATO officer grade of that step (OF-1 … OF-10): orders ranks across services and languages. */
    rankGrade: smallint(),
    role: text(),
    country: text(),
    mentionCount: integer().notNull().default(0),
    extractorVersion: text().notNull(),
  },
  (t) => [
    uniqueIndex("article_entities_article_id_entity_id_idx").on(t.articleId, t.entityId),
    index("article_entities_entity_id_idx").on(t.entityId),
  ],
);

/** One place in one article's cleaned text where an entity is named, with its evidence sentence. */
export const mentions = pgTable(
  "mentions",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    entityId: uuid()
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    start: integer().notNull(),
    end: integer().notNull(),
    surface: text().notNull(),
    extractorVersion: text().notNull(),
  },
  (t) => [
    uniqueIndex("mentions_article_id_start_end_idx").on(t.articleId, t.start, t.end),
    index("mentions_entity_id_idx").on(t.entityId),
  ],
);

/** Audit of analysts' merges: `from` was folded into `into`. Reprocessing keeps honouring it. */
export const entityMerges = pgTable("entity_merges", {
  id: uuid().primaryKey().default(sql`gen_random_uuid()`),
  fromId: uuid()
    .notNull()
    .references(() => entities.id, { onDelete: "cascade" }),
  intoId: uuid()
    .notNull()
    .references(() => entities.id, { onDelete: "cascade" }),
  note: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Entity = typeof entities.$inferSelect;
export type EntityAlias = typeof entityAliases.$inferSelect;
export type ArticleEntity = typeof articleEntities.$inferSelect;
export type Mention = typeof mentions.$inferSelect;
export type EntityType = (typeof entityType.enumValues)[number];

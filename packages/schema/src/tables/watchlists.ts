import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { users } from "./auth";
import { entities } from "./entities";
import { eventType } from "./events";

/**
 * What a watchlist rule follows: an entity (person, organization, place, country), a pair of
 * countries, an event type (optionally with a country or a person), a topic, or a saved full-text
 * search (the Articles page's query).
 */
export const watchRuleKind = pgEnum("watch_rule_kind", [
  "entity",
  "country-pair",
  "event-type",
  "topic",
  "search",
]);

/**
 * A set of rules an analyst follows. Owned by the user who made it (null: made before any user
 * existed); editors and admins may share one with everyone. The webhook, when set, receives every
 * new alert as a signed JSON POST.
 */
export const watchlists = pgTable(
  "watchlists",
  {
    id: uuid()
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    ownerId: uuid().references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    shared: boolean().notNull().default(false),
    webhookUrl: text(),
    /** Key of the webhook's HMAC-SHA256 signature; shown to the owner so the receiver can verify. */
    webhookSecret: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // The watchlists page reads one page at a time, newest first: every viewer's list is one of
  // these walked backwards from the cursor on (all of them, a user's own, or the shared ones).
  // Ascending, so that a backward walk is the `order by created_at desc, id desc` of the query
  // (drizzle's `.desc()` index is NULLS LAST, which that order cannot use).
  (t) => [
    index("watchlists_created_at_id_idx").on(t.createdAt, t.id),
    index("watchlists_owner_id_created_at_id_idx").on(t.ownerId, t.createdAt, t.id),
    index("watchlists_shared_created_at_id_idx").on(t.createdAt, t.id).where(sql`${t.shared}`),
  ],
);

/**
 * One rule of a watchlist. `matchKey` is what an article's facts are looked up by (`entity:<id>`,
 * `pair:EG:PK`, `type:agreement`, `type:agreement:country:EG`, `type:visit:person:<id>`,
 * `topic:training`), so matching an article costs a few index probes whatever the number of
 * watchlists; saved searches (`search`) are the exception and are tested one by one.
 */
export const watchRules = pgTable(
  "watch_rules",
  {
    id: uuid()
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    watchlistId: uuid()
      .notNull()
      .references(() => watchlists.id, { onDelete: "cascade" }),
    kind: watchRuleKind().notNull(),
    matchKey: text().notNull(),
    entityId: uuid().references(() => entities.id, { onDelete: "cascade" }),
    /** Entity rules: `events` alerts only on events the entity takes part in, `mentions` on any mention too. */
    scope: text().notNull().default("events"),
    /** Country pairs: the two ISO codes, sorted. Event-type rules: the optional country. */
    countries: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    eventType: eventType(),
    topic: text(),
    /** Saved searches: the query as the analyst typed it. */
    query: text(),
    /**
     * What the rule is called in alerts, feeds and webhooks, as language-neutral data ("صدام حفتر",
     * "EG–PK", a saved search's query without quotation marks: interfaces add their own).
     */
    label: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("watch_rules_match_key_idx").on(t.matchKey),
    index("watch_rules_watchlist_id_idx").on(t.watchlistId),
    index("watch_rules_search_idx")
      .on(t.kind)
      .where(sql`${t.kind} = 'search'`),
  ],
);

/**
 * Something new an article brought to the rules stored under one match key. `subject` says what
 * (`event:<ordinal>:<type>`, `mention`, `title:<rank>|<role>`, `search`, `topic`). Rules with the
 * same key (every watchlist following a topic, a pair or a type in a state) are told the same
 * facts, so each is stored once per article, key and subject, and a watchlist's alerts are the
 * facts under its rules' keys, joined when read (only those of articles that came after the rule).
 * The unique key also means an article processed again never alerts again for what it already said.
 */
export const alerts = pgTable(
  "alerts",
  {
    id: uuid()
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    /*
     * No foreign key on the article (checked per row, it made matching cost as much as storing the
     * article): deleting articles deletes their alerts by trigger (migration 0012), and deleting the
     * last rule of a key deletes the alerts under it (migration 0015).
     */
    matchKey: text().notNull(),
    articleId: uuid().notNull(),
    /*
     * The event the alert is about, without a foreign key either (a lookup per stored row): readers
     * join it, so one deleted since (an event no report names any more) is read as absent. The
     * entity is the rule's: every rule of a key follows the same one.
     */
    eventId: uuid(),
    /** `new-event`, `new-report` (of a known event), `mention`, `new-title`, `search`, `topic`. */
    kind: text().notNull(),
    /*
     * No sentence is stored: what is new is told from the facts (the kind, the subject, the event,
     * entity, rule and article joined when read), in the reader's language.
     */
    subject: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Article first: one article's alerts are stored together (neighbouring index pages), and
    // deleting an article finds its alerts by it.
    uniqueIndex("alerts_article_id_match_key_subject_idx").on(t.articleId, t.matchKey, t.subject),
    // A watchlist's alerts: for each of its rules, the facts under the rule's key made after it.
    index("alerts_match_key_created_at_idx").on(t.matchKey, t.createdAt.desc()),
    // The inbox of every watchlist, newest first: read in this order, a page stops after its rows.
    index("alerts_created_at_id_idx").on(t.createdAt.desc(), t.id.desc()),
  ],
);

/**
 * How many alerts each watchlist shows, kept by the statements that change it: matching adds the
 * alerts it stores in the transaction that stores them; deleting a rule, adding one and merging
 * entities count the watchlists they touch again. With `watchlistReadStates` it makes a reader's
 * unread count cost one row per watchlist, whatever the number of alerts.
 */
export const watchlistAlertCounts = pgTable("watchlist_alert_counts", {
  watchlistId: uuid()
    .primaryKey()
    .references(() => watchlists.id, { onDelete: "cascade" }),
  shown: integer().notNull().default(0),
});

/**
 * A reader's read state of a watchlist: every alert made up to `readThrough` is read ("mark all
 * read" moves it, instead of a row per alert), later ones when `alertReads` holds them; `read`
 * counts the alerts of the watchlist read either way, so unread = shown − read.
 */
export const watchlistReadStates = pgTable(
  "watchlist_read_states",
  {
    reader: text().notNull(),
    watchlistId: uuid()
      .notNull()
      .references(() => watchlists.id, { onDelete: "cascade" }),
    read: integer().notNull().default(0),
    readThrough: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.reader, t.watchlistId] })],
);

/**
 * Which run of an article watchlist matching last finished for: the article's `processedAt` then.
 * A `done` article whose `processedAt` is not the one recorded here (never matched, or processed
 * again since) still waits for matching, and the reconciler queues it again if its job was lost
 * (Redis refused it).
 */
export const matchedArticles = pgTable("matched_articles", {
  articleId: uuid()
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  processedAt: timestamp({ withTimezone: true }),
  matchedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Alerts a user has read, per watchlist: an alert is shared by every watchlist with a rule of its
 * key, and read in one of them it stays unread in the others. `reader` is the user's id, or `open`
 * when the dashboard runs without users.
 */
export const alertReads = pgTable(
  "alert_reads",
  {
    reader: text().notNull(),
    watchlistId: uuid()
      .notNull()
      .references(() => watchlists.id, { onDelete: "cascade" }),
    alertId: uuid()
      .notNull()
      .references(() => alerts.id, { onDelete: "cascade" }),
    readAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.reader, t.watchlistId, t.alertId] }),
    index("alert_reads_alert_id_idx").on(t.alertId),
    index("alert_reads_watchlist_id_idx").on(t.watchlistId),
  ],
);

/** Watchlists a user has muted: their alerts stay, but leave the inbox and the unread count. */
export const watchlistMutes = pgTable(
  "watchlist_mutes",
  {
    reader: text().notNull(),
    watchlistId: uuid()
      .notNull()
      .references(() => watchlists.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reader, t.watchlistId] })],
);

/**
 * The secret of a watchlist's Atom feed URL. Only its SHA-256 is stored; revoking sets `revokedAt`
 * and the URL stops answering.
 */
export const watchlistFeedSecrets = pgTable(
  "watchlist_feed_secrets",
  {
    id: uuid()
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    watchlistId: uuid()
      .notNull()
      .references(() => watchlists.id, { onDelete: "cascade" }),
    secretHash: text().notNull().unique("watchlist_feed_secrets_secret_hash_idx"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("watchlist_feed_secrets_watchlist_id_idx").on(t.watchlistId)],
);

/** One webhook POST of new alerts, with its outcome for the watchlist page. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid()
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    watchlistId: uuid()
      .notNull()
      .references(() => watchlists.id, { onDelete: "cascade" }),
    alertIds: uuid().array().notNull(),
    /** `pending` until an attempt succeeds (`delivered`) or the last retry fails (`failed`). */
    status: text().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    responseStatus: integer(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastAttemptAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("webhook_deliveries_watchlist_id_created_at_idx").on(t.watchlistId, t.createdAt.desc()),
    // The reconciler looks for deliveries still waiting for their first attempt.
    index("webhook_deliveries_pending_created_at_idx")
      .on(t.createdAt)
      .where(sql`${t.status} = 'pending'`),
  ],
);

export type Watchlist = typeof watchlists.$inferSelect;
export type WatchRule = typeof watchRules.$inferSelect;
export type NewWatchRule = typeof watchRules.$inferInsert;
export type Alert = typeof alerts.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
export type WatchRuleKind = (typeof watchRuleKind.enumValues)[number];

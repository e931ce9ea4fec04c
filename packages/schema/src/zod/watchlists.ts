import { z } from "zod";
import { topicSchema } from "./extraction";
import { countryCodeSchema, eventTypeSchema } from "./queries";
import { hasNoNul, NUL_MESSAGE } from "./text-safety";

/**
 * Watchlists and alerts as the API takes and returns them (`/api/v1/watchlists`, `/api/v1/alerts`,
 * the `watchlists` and `alerts` tRPC routers).
 */

const timestamp = z.iso.datetime({ offset: true }).describe("ISO 8601 timestamp");
const text = (max: number) => z.string().trim().min(1).max(max).refine(hasNoNul, NUL_MESSAGE);

/** One rule to follow. */
export const watchRuleInputSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("entity"),
      entityId: z.uuid(),
      scope: z
        .enum(["events", "mentions"])
        .default("events")
        .describe("events: only events the entity takes part in (or that happen there); mentions: any article naming it"),
    })
    .strict(),
  z
    .object({
      kind: z.literal("country-pair"),
      countries: z
        .tuple([countryCodeSchema, countryCodeSchema])
        .refine(([a, b]) => a !== b, "countries must be two different states"),
    })
    .strict(),
  z
    .object({
      kind: z.literal("event-type"),
      eventType: eventTypeSchema,
      country: countryCodeSchema.optional().describe("Only events in this state"),
      personId: z.uuid().optional().describe("Only events this person takes part in (not a mention in passing)"),
    })
    .strict()
    // One or the other: the rule is stored under one match key, and every rule of a key is told the same alerts.
    .refine((r) => !(r.country && r.personId), { message: "follow an event type in a country or with a person, not both", path: ["personId"] }),
  z.object({ kind: z.literal("topic"), topic: topicSchema }).strict(),
  z.object({ kind: z.literal("search"), query: text(200).describe("The Articles page's full-text search") }).strict(),
]);
export type WatchRuleInput = z.input<typeof watchRuleInputSchema>;
export type WatchRuleSpec = z.output<typeof watchRuleInputSchema>;

const webhookUrl = z
  .url({ protocol: /^https?$/, error: "webhookUrl must be an http(s) URL" })
  .max(2048)
  .refine(hasNoNul, NUL_MESSAGE);

/** `POST /api/v1/watchlists`. */
export const watchlistCreateSchema = z
  .object({
    name: text(200),
    shared: z.boolean().default(false).describe("Everyone sees it (editors and admins only)"),
    webhookUrl: webhookUrl.nullable().optional(),
    rules: z.array(watchRuleInputSchema).max(50).default([]),
  })
  .strict();
export type WatchlistCreate = z.input<typeof watchlistCreateSchema>;

/** `PATCH /api/v1/watchlists/{id}`. */
export const watchlistUpdateSchema = z
  .object({
    name: text(200).optional(),
    shared: z.boolean().optional(),
    webhookUrl: webhookUrl.nullable().optional().describe("null removes the webhook"),
    muted: z.boolean().optional().describe("Mute for the caller: alerts leave the inbox and the unread count"),
  })
  .strict();
export type WatchlistUpdate = z.input<typeof watchlistUpdateSchema>;

/** `GET /api/v1/alerts`. */
export const alertListQuerySchema = z
  .object({
    watchlistId: z.uuid().optional(),
    unread: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .or(z.boolean())
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type AlertListQuery = z.input<typeof alertListQuerySchema>;

const pageCursor = z.string().max(200).refine(hasNoNul, NUL_MESSAGE);
/**
 * A page of the watchlists list, newest first: the first page, or the one `after` (older than) or
 * `before` (newer than) a cursor the previous page returned.
 */
export const watchlistPageQuerySchema = z
  .object({ after: pageCursor.optional(), before: pageCursor.optional() })
  .strict()
  .refine((q) => !(q.after && q.before), { message: "give after or before, not both", path: ["before"] });
export type WatchlistPageQuery = z.input<typeof watchlistPageQuerySchema>;
/** How many watchlists a page of the list shows. */
export const WATCHLIST_PAGE_SIZE = 50;

/**
 * `POST /api/v1/alerts/read`: name the alerts, or a watchlist to mark all of it read, or both (the
 * alerts named, in that watchlist). Read marks are per watchlist: an alert two of the caller's
 * watchlists show, named without a watchlist, is marked read in both.
 */
export const alertReadSchema = z
  .object({
    alertIds: z.array(z.uuid()).max(500).optional().describe("Alerts to mark read (in every watchlist of the caller's that shows them, unless watchlistId is given)"),
    watchlistId: z.uuid().optional().describe("Only in this watchlist; alone: every alert of it"),
  })
  .strict()
  .refine((v) => v.alertIds !== undefined || v.watchlistId !== undefined, {
    message: "name alertIds or a watchlistId",
    path: ["alertIds"],
  });
export type AlertRead = z.input<typeof alertReadSchema>;

export const watchRuleSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(["entity", "country-pair", "event-type", "topic", "search"]),
    label: z.string(),
    entityId: z.uuid().nullable(),
    scope: z.string(),
    countries: z.array(z.string()),
    eventType: eventTypeSchema.nullable(),
    topic: z.string().nullable(),
    query: z.string().nullable(),
  })
  .meta({ id: "WatchRule" });

export const webhookDeliverySchema = z
  .object({
    id: z.uuid(),
    status: z.enum(["pending", "delivered", "failed"]),
    alertCount: z.number().int(),
    attempts: z.number().int(),
    responseStatus: z.number().int().nullable(),
    error: z.string().nullable(),
    createdAt: timestamp,
    lastAttemptAt: timestamp.nullable(),
  })
  .meta({ id: "WebhookDelivery" });

export const watchlistSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    ownerId: z.uuid().nullable(),
    shared: z.boolean(),
    muted: z.boolean().describe("Muted by the caller"),
    webhookUrl: z.string().nullable(),
    unread: z.number().int().describe("Alerts the caller has not read"),
    rules: z.array(watchRuleSchema),
    createdAt: timestamp,
  })
  .meta({ id: "Watchlist" });

export const watchlistDetailSchema = watchlistSchema
  .extend({
    webhookSecret: z.string().nullable().describe("HMAC-SHA256 key of the webhook signature (owner only)"),
    deliveries: z.array(webhookDeliverySchema).describe("The last webhook deliveries, newest first"),
    feedActive: z.boolean().describe("An Atom feed URL is live (its secret is shown only when made)"),
  })
  .meta({ id: "WatchlistDetail" });

export const watchlistListResponseSchema = z.object({ items: z.array(watchlistSchema) }).meta({ id: "WatchlistList" });

/**
 * What an alert tells, as facts rather than a sentence: each reader (the inbox, the Atom feed, a
 * webhook's receiver) words them in its own language. Names, titles and summaries stay in the
 * language their article printed them in.
 */
export const alertFactsSchema = z
  .object({
    eventType: eventTypeSchema.nullable().describe("new-event, new-report: the event's type"),
    countries: z.array(z.string()).describe("new-event, new-report: the event's states (ISO codes)"),
    date: z.string().nullable().describe("new-event, new-report: the event's day (YYYY-MM-DD), when known"),
    eventSummary: z.string().nullable().describe("new-event, new-report: the event in a sentence of its article's language"),
    entityName: z.string().nullable().describe("mention, new-title (and rules following an entity): the entity's name"),
    rank: z.string().nullable().describe("new-title: the rank printed"),
    role: z.string().nullable().describe("new-title: the role printed"),
    topic: topicSchema.nullable().describe("topic: the topic followed"),
    query: z.string().nullable().describe("search: the saved search as typed"),
  })
  .meta({ id: "AlertFacts" });

export const alertKindSchema = z.enum(["new-event", "new-report", "mention", "new-title", "search", "topic"]);

export const alertSchema = z
  .object({
    id: z
      .uuid()
      .describe("The alert, shared by every watchlist with a rule of its key: with watchlistId, it names this item (its read state is per watchlist)"),
    watchlistId: z.uuid(),
    watchlistName: z.string(),
    ruleLabel: z.string(),
    rule: watchRuleSchema.describe("The rule that matched"),
    kind: alertKindSchema,
    facts: alertFactsSchema,
    articleId: z.uuid(),
    articleTitle: z.string().nullable(),
    eventId: z.uuid().nullable(),
    entityId: z.uuid().nullable(),
    read: z.boolean(),
    createdAt: timestamp,
  })
  .meta({ id: "Alert" });

export const alertListResponseSchema = z
  .object({ items: z.array(alertSchema), unread: z.number().int().describe("Unread alerts of unmuted watchlists") })
  .meta({ id: "AlertList" });

export const feedSecretResponseSchema = z
  .object({ url: z.string().describe("The Atom feed's secret URL: shown once, revoked by making a new one or DELETE") })
  .meta({ id: "WatchlistFeedUrl" });

export type WatchRuleResponse = z.infer<typeof watchRuleSchema>;
export type WatchlistResponse = z.infer<typeof watchlistSchema>;
export type WatchlistDetailResponse = z.infer<typeof watchlistDetailSchema>;
export type AlertResponse = z.infer<typeof alertSchema>;
export type AlertFacts = z.infer<typeof alertFactsSchema>;
export type AlertKind = z.infer<typeof alertKindSchema>;
export type WebhookDeliveryResponse = z.infer<typeof webhookDeliverySchema>;

/**
 * The match keys rules are stored under and articles are looked up by (`watch_rules.match_key`):
 * the API writes them when a rule is made, the worker builds the same ones from an article's facts.
 */
export const watchKeys = {
  entity: (entityId: string) => `entity:${entityId}`,
  /** A country is followed by its ISO code: events list their states by code. */
  country: (iso: string) => `country:${iso.toUpperCase()}`,
  pair: (a: string, b: string) => `pair:${[a.toUpperCase(), b.toUpperCase()].sort().join(":")}`,
  eventType: (type: string) => `type:${type}`,
  eventTypeInCountry: (type: string, iso: string) => `type:${type}:country:${iso.toUpperCase()}`,
  eventTypeWithPerson: (type: string, personId: string) => `type:${type}:person:${personId}`,
  topic: (topic: string) => `topic:${topic}`,
  /** Saved searches keep their tsquery after the prefix; they are tested, not looked up. */
  search: (tsquery: string) => `search:${tsquery}`,
};

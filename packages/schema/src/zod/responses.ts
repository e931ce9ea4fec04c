import { z } from "zod";
import { extractionSchema } from "./extraction";
import { entityTypeSchema, eventTypeSchema } from "./queries";
import { batchItemResultSchema } from "./submission";

/**
 * The JSON bodies `/api/v1` answers with, as a client sees them: timestamps are ISO 8601 strings,
 * calendar days are `YYYY-MM-DD`, 64-bit integers are decimal strings. A client can `parse` a
 * response with these to get typed data; the OpenAPI document is generated from them.
 */

const timestamp = z.iso.datetime({ offset: true }).describe("ISO 8601 timestamp");
const day = z.iso.date().describe("Calendar day, YYYY-MM-DD");
const country = z.string().length(2).describe("ISO 3166-1 alpha-2 code");

export const articleStatusSchema = z.enum(["queued", "processing", "done", "failed"]);
export const publishedSourceSchema = z
  .enum(["stated", "hijri", "inferred", "feed", "page", "submitter"])
  .describe(
    "How the publication date was known: printed in the text (stated), printed as a Hijri date (hijri), from a relative day word beside a printed date (inferred), the feed item (feed), the fetched or saved page's metadata (page), the submitter (submitter)",
  );
export const eventDateSourceSchema = z
  .enum(["text", "publication"])
  .describe("Where the event's date comes from: its own text, or its article's publication date");
const undatedFlag = z.boolean().describe("No date is known: listed apart from dated items, never placed on the day it arrived");
/** `anchorDate` stays in answers for clients that read it, described for what it is. */
const anchorDateField = day.describe(
  "Internal matching key, not a date: the event's date, else the day its first report arrived. Read `date` (null = undated)",
);
export const articleLanguageSchema = z.enum(["ar", "en", "other"]);

/**
 * Every 4xx/5xx answer, exactly: no other property is ever sent. `field` names the offending input
 * field of a 400 (null when the body as a whole is wrong); 413 says the `limit` in bytes; 429 says
 * after how many seconds to retry (also in `Retry-After`).
 */
export const errorResponseSchema = z
  .object({
    error: z.string().describe("What is wrong, in words (an invalid field is named first: `publishedAt: …`)"),
    field: z
      .string()
      .nullable()
      .optional()
      .describe("400: the invalid input field (dotted path), or null when the body as a whole is invalid"),
    limit: z.number().int().positive().optional().describe("413: the largest body accepted, in bytes"),
    retryAfterSeconds: z.number().int().positive().optional().describe("429: seconds to wait before retrying"),
  })
  .strict()
  .meta({ id: "Error" });

/** `POST /api/v1/articles`: 201 when stored, 200 with `duplicate: true` when the text was already there. */
export const submitResponseSchema = z
  .object({ id: z.uuid(), status: articleStatusSchema, duplicate: z.literal(true).optional() })
  .meta({ id: "SubmitResult" });

/** `POST /api/v1/articles/batch` */
export const batchResponseSchema = z
  .object({
    created: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.number().int(),
    results: z.array(batchItemResultSchema),
  })
  .meta({ id: "BatchResult" });

/** `GET /api/v1/articles/{id}`: the stored article. */
export const articleResponseSchema = z
  .object({
    id: z.uuid(),
    status: articleStatusSchema,
    error: z.string().nullable().describe("Why processing failed; null unless status is failed"),
    contentHash: z.string(),
    url: z.string().nullable(),
    source: z.string().nullable(),
    title: z.string().nullable(),
    author: z.string().nullable(),
    rawText: z.string().nullable().describe("Null while a URL submission waits to be fetched"),
    cleanedText: z.string().nullable(),
    language: articleLanguageSchema.nullable(),
    publishedAt: day.nullable().describe("Publication date; null when unknown (never the arrival day, which is createdAt)"),
    publishedSource: publishedSourceSchema.nullable(),
    attempts: z.number().int(),
    extraction: extractionSchema.nullable(),
    extractorVersion: z.string().nullable(),
    sourceId: z.uuid().nullable(),
    simhash: z.string().regex(/^-?\d+$/).nullable().describe("64-bit SimHash as a decimal string"),
    storyId: z.uuid().nullable(),
    storyDay: day.describe("Internal key for finding rewrites, not a date: the publication date, else the day the article arrived"),
    extractionRunId: z.uuid().nullable().describe("The extraction run that last (re)processed the article"),
    createdAt: timestamp,
    updatedAt: timestamp,
    processedAt: timestamp.nullable(),
  })
  .meta({ id: "Article" });

/** One row of `GET /api/v1/articles`. */
export const articleSummarySchema = z
  .object({
    id: z.uuid(),
    status: articleStatusSchema,
    title: z.string().nullable(),
    source: z.string().nullable(),
    url: z.string().nullable(),
    preview: z.string().nullable().describe("The first 200 characters of the text"),
    language: articleLanguageSchema.nullable(),
    publishedAt: day.nullable(),
    error: z.string().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "ArticleSummary" });

/** `GET /api/v1/articles`: newest first; pass `nextCursor` back as `cursor` for the next page. */
export const articleListResponseSchema = z
  .object({ items: z.array(articleSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: "ArticleList" });

/** One match of `GET /api/v1/entities`. */
export const entitySearchItemSchema = z
  .object({
    id: z.uuid(),
    type: entityTypeSchema,
    name: z.string(),
    country: country.nullable(),
    mentionCount: z.number().int(),
    score: z.number().describe("Name similarity, 1 when no query was given"),
  })
  .meta({ id: "EntitySearchItem" });

export const entityListResponseSchema = z.object({ items: z.array(entitySearchItemSchema) }).meta({ id: "EntityList" });

const participantSchema = z.object({ id: z.uuid(), name: z.string(), country: country.nullable() });

/** A rank-and-role of an entity's career (see `titles` and `undatedTitles`). */
const titleFields = {
  rank: z.string().nullable().describe("The rank as most of its articles print it"),
  printedRanks: z.array(z.string()).describe("Every printed form of the rank: the evidence"),
  rankKey: z.string().nullable().describe("The rank's step on its service's ladder (lieutenant-general, vice-admiral …)"),
  rankGrade: z.number().int().nullable().describe("NATO grade of that step, OF-1 … OF-10 (0: other ranks)"),
  role: z.string().nullable(),
  articleIds: z.array(z.uuid()),
};

/** `GET /api/v1/entities/{id}` */
export const entityProfileResponseSchema = z
  .object({
    entity: z.object({
      id: z.uuid(),
      type: entityTypeSchema,
      canonicalName: z.string(),
      nameKey: z.string(),
      country: country.nullable(),
      placeKind: z.string().nullable(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      mergedInto: z.uuid().nullable().describe("Set when an analyst folded this entity into another"),
      mentionCount: z.number().int(),
      createdAt: timestamp,
      updatedAt: timestamp,
    }),
    aliases: z.array(z.object({ alias: z.string(), origin: z.string() })),
    titles: z
      .array(
        z.object({
          ...titleFields,
          firstSeen: day.describe("Publication date of the first article of known date that tells it"),
          lastSeen: day,
          promotion: z.boolean().describe("The rank is above every rank told earlier"),
        }),
      )
      .describe("A career in order: ranks and roles told by articles of known date, by when first told, then by rank"),
    undatedTitles: z
      .array(
        z.object({
          ...titleFields,
          firstArrived: timestamp.describe("When the first undated article telling it arrived: a hint, not a date"),
          lastArrived: timestamp,
        }),
      )
      .describe("Ranks and roles told only by articles whose publication date is unknown, apart"),
    events: z.array(
      z.object({
        id: z.uuid(),
        type: eventTypeSchema,
        date: day.nullable(),
        dateSource: eventDateSourceSchema.nullable(),
        anchorDate: anchorDateField,
        createdAt: timestamp.describe("When the event was first reported here: the undated event's hint"),
        undated: undatedFlag,
        location: z.string().nullable(),
        countries: z.array(country),
        summary: z.string(),
        articleCount: z.number().int(),
      }),
    ).describe("Dated events newest first, then undated ones"),
    coParticipants: z.array(participantSchema.extend({ events: z.number().int() })).describe("Who they met, with the number of shared events"),
    articles: z.array(
      z.object({
        id: z.uuid(),
        title: z.string().nullable(),
        source: z.string().nullable(),
        publishedAt: day.nullable(),
        createdAt: timestamp,
        undated: undatedFlag,
        rank: z.string().nullable(),
        role: z.string().nullable(),
        mentionCount: z.number().int(),
      }),
    ),
  })
  .meta({ id: "EntityProfile" });

const eventFields = {
  id: z.uuid(),
  type: eventTypeSchema,
  date: day.nullable().describe("The event's day: from its text, else its article's publication date; null when undated"),
  dateSource: eventDateSourceSchema.nullable(),
  undated: undatedFlag,
  anchorDate: anchorDateField,
  location: z.string().nullable(),
  locationKind: z.string().nullable(),
  locationCountry: country.nullable(),
  locationEntityId: z.uuid().nullable(),
  countries: z.array(country),
  summary: z.string(),
  articleCount: z.number().int(),
  hidden: z.boolean().describe("An analyst rejected the event; lists leave it out"),
  createdAt: timestamp,
  updatedAt: timestamp,
  participants: z.array(participantSchema),
};

/** One event of `GET /api/v1/events`, with its participants (and, on request, its articles). */
export const eventSchema = z
  .object({
    ...eventFields,
    articleIds: z.array(z.uuid()).optional().describe("Articles that reported the event; with include=articleIds"),
  })
  .meta({ id: "Event" });

export const eventListResponseSchema = z
  .object({
    items: z.array(eventSchema),
    nextCursor: z.string().nullable().describe("Pass as cursor for the next page; null on the last page"),
  })
  .meta({ id: "EventList" });

/** Why a report joined an event another report had created (see `event_articles.joined_by`). */
export const eventJoinSchema = z
  .object({
    sharedParticipants: z.array(z.uuid()).describe("Entities both reports name"),
    date: z.string().describe("same-day, within-N-days, or undated (joined on people and place)"),
    place: z.string().describe("same-place, place-in-country, same-country (a site and a city of one state, dated reports only), or not-stated"),
    types: z.string().describe("The event's type, or stored~reported when they differ (meeting~reception)"),
    countries: z.array(country).describe("States both reports name"),
  })
  .meta({ id: "EventJoin" });

/** One report of an event: the first, a rewrite of an earlier article, or one that added detail. */
export const coverageEntrySchema = z
  .object({
    articleId: z.uuid(),
    title: z.string().nullable(),
    source: z.string().nullable(),
    publishedAt: day.nullable(),
    createdAt: timestamp,
    evidence: z.string().nullable(),
    evidenceStart: z.number().int().nullable(),
    evidenceEnd: z.number().int().nullable(),
    extractorVersion: z.string(),
    relation: z.enum(["first", "rewrite", "detail"]),
    nearDuplicateOf: z.uuid().nullable(),
    joinedBy: eventJoinSchema.nullable().describe("Why this report joined the event; null for the report that created it"),
  })
  .meta({ id: "CoverageEntry" });

/** One analyst correction as recorded (the audit log row), e.g. the answer of a detach. */
export const factCorrectionResponseSchema = z
  .object({
    id: z.uuid(),
    articleId: z.uuid().nullable(),
    factType: z.enum(["mention", "title", "event", "participant", "report"]),
    factKey: z.string(),
    action: z.enum(["accept", "edit", "reject"]),
    value: z.unknown().nullable(),
    note: z.string().nullable(),
    createdAt: timestamp,
    extractorVersion: z.string().nullable(),
  })
  .meta({ id: "FactCorrection" });

/** `GET /api/v1/events/{id}`: the event and its coverage log, oldest report first. */
export const eventDetailResponseSchema = z
  .object({ ...eventFields, coverage: z.array(coverageEntrySchema) })
  .meta({ id: "EventDetail" });

/** One hit of `GET /api/v1/search`; `snippet` alternates plain and matched (`hit: true`) text. */
export const searchHitSchema = z
  .object({
    id: z.uuid(),
    title: z.string().nullable(),
    source: z.string().nullable(),
    language: articleLanguageSchema.nullable(),
    publishedAt: day.nullable(),
    createdAt: timestamp,
    rank: z.number(),
    snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })),
  })
  .meta({ id: "SearchHit" });

export const searchResponseSchema = z.object({ items: z.array(searchHitSchema) }).meta({ id: "SearchResults" });

/** A registered feed and its poll status. */
export const feedSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    title: z.string().nullable(),
    intervalMinutes: z.number().int(),
    etag: z.string().nullable(),
    lastModified: z.string().nullable(),
    lastPolledAt: timestamp.nullable(),
    lastNewItems: z.number().int().describe("Items that were new at the last poll"),
    totalItems: z.number().int(),
    lastError: z.string().nullable(),
    pausedAt: timestamp.nullable().describe("When the feed was paused; null while it is polled on its interval"),
    createdAt: timestamp,
  })
  .meta({ id: "Feed" });

export const feedListResponseSchema = z.object({ items: z.array(feedSchema) }).meta({ id: "FeedList" });

const check = z.enum(["ok", "down"]);

/** `GET /api/health`: 200 when the database and Redis both answer, else 503. */
export const healthResponseSchema = z
  .object({ status: z.enum(["ok", "degraded", "down"]), database: check, redis: check, error: z.string().optional() })
  .meta({ id: "Health" });

export type ErrorResponse = z.infer<typeof errorResponseSchema>;
export type SubmitResponse = z.infer<typeof submitResponseSchema>;
export type BatchResponse = z.infer<typeof batchResponseSchema>;
export type ArticleResponse = z.infer<typeof articleResponseSchema>;
export type ArticleListResponse = z.infer<typeof articleListResponseSchema>;
export type EntityListResponse = z.infer<typeof entityListResponseSchema>;
export type EntityProfileResponse = z.infer<typeof entityProfileResponseSchema>;
export type EventListResponse = z.infer<typeof eventListResponseSchema>;
export type EventDetailResponse = z.infer<typeof eventDetailResponseSchema>;
export type EventJoin = z.infer<typeof eventJoinSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type FeedResponse = z.infer<typeof feedSchema>;
export type FeedListResponse = z.infer<typeof feedListResponseSchema>;

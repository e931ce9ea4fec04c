import { z } from "zod";
import { calendarDaySchema, hasNoNul, NUL_MESSAGE } from "./text-safety";

/** ISO 3166-1 alpha-2 code, e.g. `EG`. */
export const countryCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 country code such as EG")
  .transform((s) => s.toUpperCase());

const day = calendarDaySchema;

export const entityTypeSchema = z.enum(["person", "organization", "place", "country"]);
export const eventTypeSchema = z.enum(["visit", "meeting", "agreement", "conference", "reception", "statement", "other"]);

/** `GET /api/v1/entities?q=&type=` */
export const entitySearchQuerySchema = z.object({
  q: z.string().trim().max(200).refine(hasNoNul, NUL_MESSAGE).optional(),
  type: entityTypeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** `GET /api/v1/events?country=&from=&to=&type=&personId=&limit=&cursor=&include=articleIds` */
export const eventListQuerySchema = z.object({
  country: countryCodeSchema.optional(),
  from: day.optional(),
  to: day.optional(),
  type: eventTypeSchema.optional(),
  personId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** `nextCursor` of the previous page. */
  cursor: z.string().max(200).refine(hasNoNul, NUL_MESSAGE).optional(),
  /** `articleIds`: each event carries the ids of the articles that reported it. */
  include: z.enum(["articleIds"]).optional(),
});

/** `GET /api/v1/search?q=` */
export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(500).refine(hasNoNul, NUL_MESSAGE),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

/** An analyst folds `fromId` into `intoId` (the same real person, organization or place). */
export const entityMergeSchema = z.object({ fromId: z.uuid(), intoId: z.uuid(), note: z.string().max(500).refine(hasNoNul, NUL_MESSAGE).optional() });

/** An analyst moves some spellings of an entity to a new entity of their own. */
export const entitySplitSchema = z.object({
  id: z.uuid(),
  aliases: z.array(z.string().min(1).refine(hasNoNul, NUL_MESSAGE)).min(1, "name at least one alias to move"),
  name: z.string().min(1).refine(hasNoNul, NUL_MESSAGE).optional(),
});

/** Most articles accepted in one batch submission. */
export const MAX_BATCH_SIZE = 500;

const feedUrl = z
  .url({ protocol: /^https?$/, error: "url must be an http(s) URL of an RSS or Atom feed" })
  .max(2048)
  .refine(hasNoNul, NUL_MESSAGE);
const feedInterval = z.coerce.number().int().min(1).max(24 * 60);

/** `POST /api/v1/feeds`: register an outlet's RSS or Atom feed. */
export const feedRegistrationSchema = z
  .object({
    url: feedUrl,
    intervalMinutes: feedInterval.default(30),
  })
  .strict();
export type FeedRegistration = z.input<typeof feedRegistrationSchema>;

/** Editing a registered feed: a new URL, a new interval, or both. */
export const feedUpdateSchema = z
  .object({
    id: z.uuid(),
    url: feedUrl.optional(),
    intervalMinutes: feedInterval.optional(),
  })
  .strict();
export type FeedUpdate = z.input<typeof feedUpdateSchema>;

/** A feed acted on by id: deleting, pausing (no polls until resumed) and resuming it. */
export const feedIdSchema = z.object({ id: z.uuid() }).strict();

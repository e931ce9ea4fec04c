import { z } from "zod";
import { countryCodeSchema, eventTypeSchema } from "./queries";
import { calendarDaySchema, hasNoNul, NUL_MESSAGE } from "./text-safety";
import { articleListQuerySchema } from "./submission";

/**
 * Filters of the analysis views (who-met-whom network, event map) and of the data exports. The
 * same schemas validate tRPC input and the query string of `GET /api/v1/export/*`, so a page and
 * its "Export" link always mean the same rows.
 */

const day = calendarDaySchema;

/** A query-string value that was left empty (`?country=`) means "no filter", not "bad value". */
const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

const dateRange = {
  from: optional(day),
  to: optional(day),
};

function fromNotAfterTo(value: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (value.from && value.to && value.from > value.to) {
    ctx.addIssue({ code: "custom", path: ["to"], message: "to must not be before from" });
  }
}

/** Most persons the network view and its GraphML export draw (the most active first). */
export const MAX_NETWORK_PERSONS = 300;

/** `network.graph` and `GET /api/v1/export/network.graphml?from=&to=&country=&limit=` */
export const networkQuerySchema = z
  .object({
    ...dateRange,
    country: optional(countryCodeSchema),
    limit: z.coerce.number().int().min(1).max(MAX_NETWORK_PERSONS).default(MAX_NETWORK_PERSONS),
  })
  .strict()
  .superRefine(fromNotAfterTo);
export type NetworkQuery = z.output<typeof networkQuerySchema>;

/** Most events the map draws. */
export const MAX_MAP_EVENTS = 2000;

/** `map.events`: the event map's filters. */
export const eventMapQuerySchema = z
  .object({
    ...dateRange,
    type: optional(eventTypeSchema),
    limit: z.coerce.number().int().min(1).max(MAX_MAP_EVENTS).default(MAX_MAP_EVENTS),
  })
  .strict()
  .superRefine(fromNotAfterTo);
export type EventMapQuery = z.output<typeof eventMapQuerySchema>;

/** Row caps of the exports: a file larger than this is cut, and the response says so. */
export const EXPORT_LIMITS = { articles: 2000, events: 10_000, people: 10_000 } as const;

/**
 * `GET /api/v1/export/articles.(csv|json)?q=&status=&source=&country=&personId=&eventType=&from=&to=&sort=&limit=`:
 * exactly the article list's filters (the list page's Export link passes its own query string).
 */
export const articleExportQuerySchema = articleListQuerySchema
  .omit({ limit: true, cursor: true })
  .extend({
    limit: z.coerce.number().int().min(1).max(EXPORT_LIMITS.articles).default(EXPORT_LIMITS.articles),
  })
  .strict()
  .superRefine(fromNotAfterTo);
export type ArticleExportQuery = z.output<typeof articleExportQuerySchema>;

/** `GET /api/v1/export/events.(csv|json)?q=&country=&type=&from=&to=&limit=` (dates: the event's day). */
export const eventExportQuerySchema = z
  .object({
    ...dateRange,
    q: optional(z.string().trim().min(1).max(200).refine(hasNoNul, NUL_MESSAGE)),
    country: optional(countryCodeSchema),
    type: optional(eventTypeSchema),
    limit: z.coerce.number().int().min(1).max(EXPORT_LIMITS.events).default(EXPORT_LIMITS.events),
  })
  .strict()
  .superRefine(fromNotAfterTo);
export type EventExportQuery = z.output<typeof eventExportQuerySchema>;

/** `GET /api/v1/export/people.(csv|json)?q=&country=&from=&to=&limit=`: `country` is the person's own state; dates bound the events counted. */
export const peopleExportQuerySchema = z
  .object({
    ...dateRange,
    q: optional(z.string().trim().min(1).max(200).refine(hasNoNul, NUL_MESSAGE)),
    country: optional(countryCodeSchema),
    limit: z.coerce.number().int().min(1).max(EXPORT_LIMITS.people).default(EXPORT_LIMITS.people),
  })
  .strict()
  .superRefine(fromNotAfterTo);
export type PeopleExportQuery = z.output<typeof peopleExportQuerySchema>;

import { z } from "zod";
import { topicSchema } from "./extraction";
import { calendarDaySchema, hasNoNul, isCalendarDay, NUL_MESSAGE, stripBidiControls } from "./text-safety";

/** Largest article text accepted, in characters (about 2 MB of Arabic in UTF-8). */
export const MAX_TEXT_LENGTH = 1_000_000;

/** Largest HTTP body accepted for one submission, in bytes. */
export const MAX_SUBMISSION_BYTES = 4 * 1024 * 1024;

const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}/, "must be a date such as 2026-01-11")
  .refine((s) => isCalendarDay(s.slice(0, 10)), "must be a real calendar date such as 2026-01-11")
  .transform((s) => s.slice(0, 10));

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine(hasNoNul, NUL_MESSAGE)
    // One-line metadata: bidi controls would reorder it on screen (see stripBidiControls).
    .transform((s) => stripBidiControls(s).trim() || undefined)
    .optional();

/**
 * One article as a person or a program submits it. Unknown fields are rejected, so a typo in a
 * field name is an error rather than silently ignored data.
 */
export const articleSubmissionSchema = z
  .object({
    text: z
      .string({ error: "text must be a string" })
      .max(MAX_TEXT_LENGTH, `text must be at most ${MAX_TEXT_LENGTH} characters`)
      .refine((s) => s.trim().length > 0, "text must not be empty")
      .refine((s) => !s.includes("\u0000"), "text must not contain NUL bytes (binary data?)")
      .optional(),
    title: optionalText(1000),
    source: optionalText(200),
    author: optionalText(200),
    url: z
      .url({ protocol: /^https?$/, error: "url must be an http(s) URL" })
      .max(2048)
      .refine(hasNoNul, NUL_MESSAGE)
      .optional(),
    publishedAt: isoDay.optional(),
  })
  .strict()
  // Either the text itself, or a link the worker fetches and reads.
  .refine((s) => s.text !== undefined || s.url !== undefined, {
    message: "text is required (or give a url to fetch the article from)",
    path: ["text"],
  });

export type ArticleSubmission = z.input<typeof articleSubmissionSchema>;
export type ValidArticleSubmission = z.output<typeof articleSubmissionSchema>;

/** Largest saved HTML page accepted as an upload, in bytes (sent base64-encoded). */
export const MAX_HTML_UPLOAD_BYTES = 3 * 1024 * 1024;

/** A saved HTML page uploaded to be read (never fetched): its bytes, base64-encoded. */
export const htmlUploadSchema = z
  .object({
    page: z
      .base64({ error: "page must be the file's bytes, base64-encoded" })
      .min(1, "the file is empty")
      .max(Math.ceil(MAX_HTML_UPLOAD_BYTES / 3) * 4, `the page must be at most ${MAX_HTML_UPLOAD_BYTES / 1024 / 1024} MB`),
    fileName: z.string().max(255).optional(),
  })
  .strict();
export type HtmlUpload = z.input<typeof htmlUploadSchema>;

/**
 * Query of the article list: filters, then newest (or oldest) first; `cursor` is the `nextCursor`
 * of the previous page.
 */
export const articleListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).refine(hasNoNul, NUL_MESSAGE).optional(),
  sort: z.enum(["newest", "oldest"]).default("newest"),
  status: z.enum(["queued", "processing", "done", "failed"]).optional(),
  q: z
    .string()
    .trim()
    .max(500)
    .refine(hasNoNul, NUL_MESSAGE)
    .optional()
    .describe("Full-text query; Arabic clitics and spelling variants are folded"),
  source: z.string().trim().max(200).refine(hasNoNul, NUL_MESSAGE).optional(),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 country code such as EG")
    .transform((s) => s.toUpperCase())
    .optional(),
  personId: z.uuid({ error: "personId must be an entity id (UUID)" }).optional().describe("Articles that mention this entity"),
  eventType: z.enum(["visit", "meeting", "agreement", "conference", "reception", "statement", "other"]).optional(),
  topic: topicSchema.optional(),
  from: calendarDaySchema.optional(),
  to: calendarDaySchema.optional(),
});
export type ArticleListQuery = z.input<typeof articleListQuerySchema>;

export const articleIdSchema = z.uuid({ error: "id must be a UUID" });

/** One item's outcome in a batch submission: stored and queued, already stored, or refused. */
export const batchItemResultSchema = z.discriminatedUnion("result", [
  z.object({ index: z.number().int(), result: z.literal("created"), id: z.uuid(), status: z.string() }),
  z.object({ index: z.number().int(), result: z.literal("duplicate"), id: z.uuid(), status: z.string() }),
  z.object({ index: z.number().int(), result: z.literal("rejected"), reason: z.string(), field: z.string().nullable() }),
]);
export type BatchItemResult = z.infer<typeof batchItemResultSchema>;

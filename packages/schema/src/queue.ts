import { z } from "zod";

/**
 * Queue and job catalogue. Redis is transport only: a job carries ids, never the article itself,
 * and losing a job loses nothing because the article row is already in Postgres.
 */
export const QUEUE_NAMES = {
  articles: "articles",
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

export const JOB_NAMES = {
  ingestArticle: "ingest-article",
} as const;

/** Payload of `ingest-article`: read the stored article and write what was extracted from it. */
export const ingestArticlePayloadSchema = z
  .object({
    articleId: z.uuid(),
  })
  .strict();
export type IngestArticlePayload = z.infer<typeof ingestArticlePayloadSchema>;

/** Retry policy of `ingest-article`: transient faults (database down) retry with backoff. */
export const INGEST_ARTICLE_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: "exponential", delay: 1000 },
  removeOnComplete: { count: 5000, age: 24 * 3600 },
  removeOnFail: { count: 5000 },
} as const;

import { z } from "zod";

/**
 * Queue and job catalogue. Redis is transport only: a job carries ids, never the article itself,
 * and losing a job loses nothing because the article row is already in Postgres.
 */
export const QUEUE_NAMES = {
  articles: "articles",
  feeds: "feeds",
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

export const JOB_NAMES = {
  ingestArticle: "ingest-article",
  pollFeed: "poll-feed",
} as const;

/** Payload of `ingest-article`: read the stored article and write what was extracted from it. */
export const ingestArticlePayloadSchema = z
  .object({
    articleId: z.uuid(),
    /** The extraction run that queued this job (reprocessing); the worker reads the run from the article row. */
    runId: z.uuid().optional(),
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

/** Payload of `poll-feed`: fetch one registered feed and enqueue its new items. */
export const pollFeedPayloadSchema = z.object({ feedId: z.uuid() }).strict();
export type PollFeedPayload = z.infer<typeof pollFeedPayloadSchema>;

/** A feed poll that fails waits for the next scheduled poll rather than retrying at once. */
export const POLL_FEED_JOB_OPTIONS = {
  attempts: 1,
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 1000 },
} as const;

/** BullMQ job-scheduler id of a feed (one scheduler per feed, replaced when its interval changes). */
export const feedSchedulerId = (feedId: string) => `feed:${feedId}`;

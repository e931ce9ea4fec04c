import { z } from "zod";

/**
 * Queue and job catalogue. Redis is transport only: a job carries ids, never the article itself,
 * and losing a job loses nothing because the article row is already in Postgres.
 */
export const QUEUE_NAMES = {
  articles: "articles",
  feeds: "feeds",
  alerts: "alerts",
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

export const JOB_NAMES = {
  ingestArticle: "ingest-article",
  pollFeed: "poll-feed",
  matchArticle: "match-article",
  deliverWebhook: "deliver-webhook",
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

/** Payload of `match-article`: match what a stored article added against every watchlist. */
export const matchArticlePayloadSchema = z.object({ articleId: z.uuid() }).strict();
export type MatchArticlePayload = z.infer<typeof matchArticlePayloadSchema>;

/**
 * Matching retries on its own queue, apart from ingestion: a failure never holds an article back,
 * and alerts are unique per rule, article and subject, so a retry never alerts twice.
 */
export const MATCH_ARTICLE_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: "exponential", delay: 1000 },
  removeOnComplete: true,
  removeOnFail: { count: 5000 },
} as const;

/** Job id of an article's matching: one pending at a time; removed when done so a reprocess matches again. */
export const matchArticleJobId = (articleId: string) => `match-${articleId}`;

/** Payload of `deliver-webhook`: POST one delivery's alerts to its watchlist's webhook. */
export const deliverWebhookPayloadSchema = z.object({ deliveryId: z.uuid() }).strict();
export type DeliverWebhookPayload = z.infer<typeof deliverWebhookPayloadSchema>;

/** A receiver that is down gets the delivery again with growing waits (2 s, 4 s … about 17 min in all). */
export const DELIVER_WEBHOOK_JOB_OPTIONS = {
  attempts: 10,
  backoff: { type: "exponential", delay: 2000 },
  removeOnComplete: { count: 1000 },
  removeOnFail: { count: 1000 },
} as const;

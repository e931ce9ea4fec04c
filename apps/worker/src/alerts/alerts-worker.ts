import type { Db } from "@marsad/db";
import type { AddressPolicy } from "@marsad/fetcher";
import { createRedis, type AlertsQueue } from "@marsad/queue";
import { JOB_NAMES, QUEUE_NAMES, type DeliverWebhookPayload, type MatchArticlePayload } from "@marsad/schema/queue";
import { UnrecoverableError, Worker, type Job } from "bullmq";
import type { BatcherOptions } from "../batcher";
import type { Logger } from "../logger";
import { createDeliverWebhookProcessor, type DeliveryResult } from "../processors/deliver-webhook";
import { createMatchArticleProcessor, type MatchResult } from "../processors/match-article";

type AlertsJob = Job<MatchArticlePayload | DeliverWebhookPayload>;

/** Matching batches when none are given: the worker's defaults (WORKER_MATCH_BATCH_SIZE, WORKER_MATCH_BATCH_WAIT_MS). */
export const DEFAULT_MATCH_BATCH = { maxSize: 256, waitMs: 250 };
/** How long a matching job waits for the others of its storing batch when no more articles are being stored. */
const SETTLE_MS = 20;

/**
 * The worker of the `alerts` queue: `match-article` and `deliver-webhook` jobs, each to its
 * processor. Matching jobs are gathered into batches of up to `batch.maxSize` articles, two in
 * flight, so the worker takes that many jobs at once. Matching batches are patient: while articles
 * are being stored (`storing`), an article waits `batch.waitMs` for batch-mates even when a batch
 * just finished, because each batch's fixed cost (the count of every watchlist it reaches) dwarfs
 * a fraction of a second's delay of an alert; when none are, it waits only for the others of its
 * storing batch.
 */
export function startAlertsWorker(
  db: Db,
  queue: AlertsQueue,
  options: {
    redisUrl: string;
    prefix: string;
    fetchPolicy: AddressPolicy;
    logger: Logger;
    batch?: { maxSize: number; waitMs: number };
    /** Whether this process is storing articles now (their matching jobs will follow). */
    storing?: () => boolean;
  },
) {
  const { logger } = options;
  const { maxSize, waitMs } = options.batch ?? DEFAULT_MATCH_BATCH;
  const batch: BatcherOptions = {
    maxSize,
    waitMs: SETTLE_MS,
    maxInFlight: 2,
    patience: { waitMs, while: options.storing ?? (() => true) },
    onBatchFailed: (error, size) => logger.warn({ err: error, size }, "matching batch failed; matching its articles one by one"),
  };
  const match = createMatchArticleProcessor(db, queue, batch);
  const deliver = createDeliverWebhookProcessor(db, { fetchPolicy: options.fetchPolicy });
  const worker = new Worker<MatchArticlePayload | DeliverWebhookPayload, MatchResult | DeliveryResult>(
    QUEUE_NAMES.alerts,
    (job: AlertsJob) => {
      if (job.name === JOB_NAMES.matchArticle) return match(job as Job<MatchArticlePayload>);
      if (job.name === JOB_NAMES.deliverWebhook) return deliver(job as Job<DeliverWebhookPayload>);
      throw new UnrecoverableError(`unknown job ${job.name} on the alerts queue`);
    },
    { connection: createRedis(options.redisUrl, "worker"), prefix: options.prefix, concurrency: 2 * maxSize },
  );
  worker.on("error", (error) => logger.error({ err: error }, "alerts worker error"));
  worker.on("completed", (job, result) => logger.debug({ jobId: job.id, job: job.name, ...result }, "alerts job completed"));
  worker.on("failed", (job, error) => logger.warn({ jobId: job?.id, job: job?.name, attempt: job?.attemptsMade, err: error }, "alerts job failed"));
  // The caller says when storing stops, so the last articles' alerts need not wait out their patience.
  return Object.assign(worker, { storingStopped: match.nudge });
}

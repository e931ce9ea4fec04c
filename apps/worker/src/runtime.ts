import type { AddressInfo } from "node:net";
import { createDb, failArticle, finishExtractionRunOf } from "@marsad/db";
import { claimArticles } from "@marsad/knowledge";
import { listFeeds } from "@marsad/db";
import { createAlertsQueue, createArticlesQueue, createFeedsQueue, createRedis, enqueueMatch, scheduleFeed } from "@marsad/queue";
import { QUEUE_NAMES, type IngestArticlePayload, type PollFeedPayload } from "@marsad/schema/queue";
import { UnrecoverableError, Worker } from "bullmq";
import { Counter } from "prom-client";
import type { WorkerEnv } from "./env";
import { startHealthServer } from "./health";
import { createWorkerMetrics } from "./metrics";
import type { Logger } from "./logger";
import { createIngestArticleProcessor, type IngestResult } from "./processors/ingest-article";
import { createPollFeedProcessor, type PollResult } from "./processors/poll-feed";
import { startReconciler } from "./reconciler";
import { createBatcher } from "./batcher";
import { createStoreBatcher } from "./store-batcher";
import { startAlertsWorker } from "./alerts/alerts-worker";

export interface WorkerRuntime {
  /** Port the health server listens on (useful when configured as 0). */
  healthPort: number;
  /** Stops taking jobs, lets in-flight jobs finish, then closes every connection. */
  close: () => Promise<void>;
}

export async function startWorkerRuntime(env: WorkerEnv, logger: Logger): Promise<WorkerRuntime> {
  // Jobs claim their articles on their own connections; batches store them on at most two more.
  let statementsSent = 0;
  let extractionCpuMs = 0;
  const { db, close: closeDb } = createDb(env.DATABASE_URL, {
    max: Math.min(env.WORKER_CONCURRENCY, 16) + 4,
    onStatement: () => statementsSent++,
  });
  const connection = createRedis(env.REDIS_URL, "worker");
  const queueConnection = createRedis(env.REDIS_URL, "worker");
  const queue = createArticlesQueue(queueConnection, { prefix: env.QUEUE_PREFIX });
  const alertsQueue = createAlertsQueue(queueConnection, { prefix: env.QUEUE_PREFIX });
  // Matching runs on its own queue: a failure to queue it is logged and never fails the ingestion.
  const afterStore = (articleId: string) =>
    enqueueMatch(alertsQueue, articleId).catch((error: unknown) => logger.warn({ err: error, articleId }, "could not queue watchlist matching"));

  const fetchPolicy = { allow: env.FETCH_ALLOW };
  // Ingest jobs running now: while there are some, matching waits for more batch-mates.
  let ingesting = 0;
  const alertsWorker = startAlertsWorker(db, alertsQueue, {
    redisUrl: env.REDIS_URL,
    prefix: env.QUEUE_PREFIX,
    fetchPolicy,
    logger,
    batch: { maxSize: env.WORKER_MATCH_BATCH_SIZE, waitMs: env.WORKER_MATCH_BATCH_WAIT_MS },
    storing: () => ingesting > 0,
  });

  // Two batches in flight: one is being written while the next fills up behind it.
  const batcher = createStoreBatcher(db, {
    maxSize: env.WORKER_BATCH_SIZE,
    waitMs: env.WORKER_BATCH_WAIT_MS,
    maxInFlight: 2,
    onBatchFailed: (error, size) => logger.warn({ err: error, size }, "batch failed; storing its articles one by one"),
  });
  // Jobs that start together claim their articles in one statement, gathered as stores are.
  const claims = createBatcher((ids: string[]) => claimArticles(db, ids), async (id: string) => (await claimArticles(db, [id]))[0], {
    maxSize: env.WORKER_BATCH_SIZE,
    waitMs: env.WORKER_BATCH_WAIT_MS,
    maxInFlight: 2,
  });
  // A reprocessing run's articles ask, once stored, whether their run is finished: once per run and batch.
  const runs = createBatcher(
    async (stored: Array<{ articleId: string; runId: string }>) => {
      const byRun = new Map(stored.map((s) => [s.runId, s.articleId]));
      for (const articleId of byRun.values()) await finishExtractionRunOf(db, articleId);
      return stored.map(() => undefined);
    },
    ({ articleId }) => finishExtractionRunOf(db, articleId),
    { maxSize: env.WORKER_BATCH_SIZE, waitMs: env.WORKER_BATCH_WAIT_MS, maxInFlight: 1 },
  );
  const ingest = createIngestArticleProcessor(db, {
    fetchPolicy,
    afterStore,
    store: batcher.store,
    claim: claims.run,
    finishRun: runs.run,
    onExtracted: (cpuMs) => (extractionCpuMs += cpuMs),
  });
  const worker = new Worker<IngestArticlePayload, IngestResult>(
    QUEUE_NAMES.articles,
    async (job) => {
      ingesting++;
      try {
        return await ingest(job);
      } finally {
        if (--ingesting === 0) alertsWorker.storingStopped();
      }
    },
    { connection, prefix: env.QUEUE_PREFIX, concurrency: env.WORKER_CONCURRENCY },
  );
  const metrics = createWorkerMetrics(queue);
  new Counter({
    name: "marsad_db_statements_total",
    help: "Statements this worker sent to Postgres (what storing an article costs in round trips)",
    registers: [metrics.registry],
    collect() {
      this.reset();
      this.inc(statementsSent);
    },
  });
  new Counter({
    name: "marsad_extraction_cpu_seconds_total",
    help: "CPU this worker spent extracting articles (the rest of its CPU is claiming, storing, queueing and matching)",
    registers: [metrics.registry],
    collect() {
      this.reset();
      this.inc(extractionCpuMs / 1000);
    },
  });
  const elapsed = (job: { processedOn?: number | undefined }) => (job.processedOn ? Date.now() - job.processedOn : 0);
  worker.on("error", (error) => logger.error({ err: error }, "worker error"));
  worker.on("completed", (job, result) => {
    const ms = elapsed(job);
    metrics.jobs.inc({ queue: QUEUE_NAMES.articles, outcome: result.outcome === "done" ? "completed" : "skipped" });
    metrics.duration.observe({ queue: QUEUE_NAMES.articles }, ms / 1000);
    for (const [kind, n] of Object.entries(result.counts ?? {})) metrics.extracted.inc({ kind }, n);
    logger.info(
      { jobId: job.id, articleId: result.articleId, outcome: result.outcome, attempt: job.attemptsMade, durationMs: ms },
      "job completed",
    );
  });
  worker.on("failed", (job, error) => {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    const final = error instanceof UnrecoverableError || job.attemptsMade >= attempts;
    metrics.jobs.inc({ queue: QUEUE_NAMES.articles, outcome: "failed" });
    metrics.duration.observe({ queue: QUEUE_NAMES.articles }, elapsed(job) / 1000);
    logger.warn(
      { jobId: job.id, articleId: job.data?.articleId, attempt: job.attemptsMade, final, durationMs: elapsed(job), err: error },
      "job failed",
    );
    const articleId = typeof job.data?.articleId === "string" ? job.data.articleId : null;
    if (final && articleId) {
      // If Postgres is what failed, this write fails too; the reconciler picks the article up later.
      failArticle(db, articleId, error.message)
        .then(() => finishExtractionRunOf(db, articleId))
        .catch((e: unknown) => logger.error({ err: e, articleId }, "could not record the failure"));
    }
  });

  const feedsQueue = createFeedsQueue(queueConnection, { prefix: env.QUEUE_PREFIX });
  const feedWorker = new Worker<PollFeedPayload, PollResult>(
    QUEUE_NAMES.feeds,
    createPollFeedProcessor(db, queue, { fetchPolicy }),
    { connection: createRedis(env.REDIS_URL, "worker"), prefix: env.QUEUE_PREFIX, concurrency: 2 },
  );
  feedWorker.on("error", (error) => logger.error({ err: error }, "feed worker error"));
  feedWorker.on("completed", (job, result) => logger.info({ jobId: job.id, ...result }, "feed polled"));
  feedWorker.on("failed", (job, error) => logger.warn({ jobId: job?.id, feedId: job?.data?.feedId, err: error }, "feed poll failed"));
  // Schedulers live in Redis; re-register every feed in case Redis restarted empty.
  for (const feed of await listFeeds(db).catch(() => [])) await scheduleFeed(feedsQueue, feed);

  const reconciler = startReconciler(db, queue, {
    staleMs: env.RECONCILE_STALE_MS,
    intervalMs: env.RECONCILE_INTERVAL_MS,
    logger,
  });
  const health = await startHealthServer(env.WORKER_HEALTH_PORT, {
    db,
    redis: connection,
    isRunning: () => worker.isRunning(),
    metrics: metrics.registry,
  });
  const healthPort = (health.address() as AddressInfo).port;
  logger.info(
    { concurrency: env.WORKER_CONCURRENCY, healthPort, queue: QUEUE_NAMES.articles, prefix: env.QUEUE_PREFIX },
    "worker started",
  );

  let closing: Promise<void> | null = null;
  return {
    healthPort,
    close: () => {
      closing ??= (async () => {
        await reconciler.stop();
        // Jobs waiting on a batch end once it is stored, so closing the worker waits for them.
        await Promise.all([worker.close(), feedWorker.close(), alertsWorker.close()]);
        await Promise.all([claims.drain(), batcher.drain(), runs.drain()]);
        await Promise.all([queue.close(), feedsQueue.close(), alertsQueue.close()]);
        health.close();
        connection.disconnect();
        queueConnection.disconnect();
        await closeDb();
        logger.info("worker stopped");
      })();
      return closing;
    },
  };
}

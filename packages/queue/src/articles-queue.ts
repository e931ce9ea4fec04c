import {
  INGEST_ARTICLE_JOB_OPTIONS,
  JOB_NAMES,
  QUEUE_NAMES,
  type IngestArticlePayload,
} from "@marsad/schema/queue";
import { Queue } from "bullmq";
import type { Redis } from "ioredis";

export interface QueueOptions {
  /** Redis key prefix; tests use a unique one so runs never see each other's jobs. */
  prefix?: string | undefined;
}

export type ArticlesQueue = Queue<IngestArticlePayload>;

export function createArticlesQueue(connection: Redis, options: QueueOptions = {}): ArticlesQueue {
  return new Queue<IngestArticlePayload>(QUEUE_NAMES.articles, {
    connection,
    prefix: options.prefix ?? "marsad",
    defaultJobOptions: INGEST_ARTICLE_JOB_OPTIONS,
  });
}

/**
 * Queues the processing of a stored article. The job id is the article id, so queueing the same
 * article twice while its job waits is a no-op (the reconciler relies on that).
 */
export async function enqueueIngest(queue: ArticlesQueue, articleId: string): Promise<void> {
  await withTimeout(queue.add(JOB_NAMES.ingestArticle, { articleId }, { jobId: articleId }));
}

/** How long a producer waits for Redis before giving up (the article is stored; the reconciler queues it). */
export const ENQUEUE_TIMEOUT_MS = 2000;

export class EnqueueTimeoutError extends Error {
  constructor() {
    super(`Redis did not take the job within ${ENQUEUE_TIMEOUT_MS} ms`);
    this.name = "EnqueueTimeoutError";
  }
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new EnqueueTimeoutError()), ENQUEUE_TIMEOUT_MS);
  });
  // A late success or failure after the timeout must not surface as an unhandled rejection.
  work.catch(() => {});
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Queues many stored articles in one round trip. */
export async function enqueueIngestMany(queue: ArticlesQueue, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await withTimeout(queue.addBulk(
    articleIds.map((articleId) => ({ name: JOB_NAMES.ingestArticle, data: { articleId }, opts: { jobId: articleId } })),
  ));
}

/**
 * The job id of an article's reprocessing in one run. It differs from the article id because
 * BullMQ keeps completed jobs for a while and ignores an `add` whose id it still holds: with the
 * plain article id, reprocessing an article ingested today would silently queue nothing. One id
 * per (run, article) still dedupes a run queueing the same article twice. (BullMQ ids may not contain ':'.)
 */
export const reprocessJobId = (runId: string, articleId: string) => `${articleId}.run-${runId}`;

/** Queues the reprocessing of stored articles for one extraction run, in one round trip. */
export async function enqueueReprocessMany(queue: ArticlesQueue, runId: string, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await withTimeout(
    queue.addBulk(
      articleIds.map((articleId) => ({
        name: JOB_NAMES.ingestArticle,
        data: { articleId, runId },
        opts: { jobId: reprocessJobId(runId, articleId) },
      })),
    ),
  );
}

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
  await queue.add(JOB_NAMES.ingestArticle, { articleId }, { jobId: articleId });
}

/** Queues many stored articles in one round trip. */
export async function enqueueIngestMany(queue: ArticlesQueue, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await queue.addBulk(
    articleIds.map((articleId) => ({ name: JOB_NAMES.ingestArticle, data: { articleId }, opts: { jobId: articleId } })),
  );
}

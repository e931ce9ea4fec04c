import { insertArticleOnce } from "@marsad/db";
import { enqueueIngest } from "@marsad/queue";
import type { ArticleStatus, ValidArticleSubmission } from "@marsad/schema";
import { contentHash } from "./content-hash";
import type { ServiceDeps } from "./deps";

export interface SubmitResult {
  id: string;
  status: ArticleStatus;
  /** False when the same text was already stored: the existing article is returned. */
  created: boolean;
}

/** Stores the article (or finds the stored copy of the same text) without queueing it. */
export async function storeSubmission(deps: ServiceDeps, input: ValidArticleSubmission): Promise<SubmitResult> {
  const { article, created } = await insertArticleOnce(deps.db, {
    contentHash: contentHash(input.text),
    rawText: input.text,
    title: input.title ?? null,
    source: input.source ?? null,
    url: input.url ?? null,
    publishedAt: input.publishedAt ?? null,
  });
  return { id: article.id, status: article.status, created };
}

/**
 * Stores the article in Postgres first, then queues its processing. If Redis is down the article
 * is still stored (status `queued`) and the worker's reconciler queues it once Redis is back.
 */
export async function submitArticle(deps: ServiceDeps, input: ValidArticleSubmission): Promise<SubmitResult> {
  const stored = await storeSubmission(deps, input);
  if (stored.created) {
    try {
      await enqueueIngest(deps.queue, stored.id);
    } catch (error) {
      deps.onEnqueueError?.(stored.id, error);
    }
  }
  return stored;
}

import { findArticleByUrl, insertArticleOnce } from "@marsad/db";
import { enqueueIngest } from "@marsad/queue";
import type { ArticleStatus, ValidArticleSubmission } from "@marsad/schema";
import type { PublishedSource } from "@marsad/schema/tables";
import { contentHash } from "./content-hash";
import type { IntakeDeps } from "./deps";

export interface SubmitResult {
  id: string;
  status: ArticleStatus;
  /** False when the same text was already stored: the existing article is returned. */
  created: boolean;
}

/** Who gave a submission's `publishedAt`: the person submitting, a feed item, or a saved page's metadata. */
export type DateOrigin = Extract<PublishedSource, "submitter" | "feed" | "page">;

/** Stores the article (or finds the stored copy of the same text) without queueing it. */
export async function storeSubmission(
  deps: Pick<IntakeDeps, "db">,
  input: ValidArticleSubmission,
  dateOrigin: DateOrigin = "submitter",
): Promise<SubmitResult> {
  if (input.text === undefined && input.url) {
    const known = await findArticleByUrl(deps.db, input.url);
    if (known) return { id: known.id, status: known.status, created: false };
  }
  const { article, created } = await insertArticleOnce(deps.db, {
    // A link alone is identified by the link until the worker has fetched its text.
    contentHash: contentHash(input.text ?? `url:${input.url ?? ""}`),
    rawText: input.text ?? null,
    title: input.title ?? null,
    source: input.source ?? null,
    author: input.author ?? null,
    url: input.url ?? null,
    publishedAt: input.publishedAt ?? null,
    publishedSource: input.publishedAt ? dateOrigin : null,
  });
  return { id: article.id, status: article.status, created };
}

/**
 * Stores the article in Postgres first, then queues its processing. If Redis is down the article
 * is still stored (status `queued`) and the worker's reconciler queues it once Redis is back.
 */
export async function submitArticle(deps: IntakeDeps, input: ValidArticleSubmission, dateOrigin: DateOrigin = "submitter"): Promise<SubmitResult> {
  const stored = await storeSubmission(deps, input, dateOrigin);
  if (stored.created) {
    try {
      await enqueueIngest(deps.queue, stored.id);
    } catch (error) {
      deps.onEnqueueError?.(stored.id, error);
    }
  }
  return stored;
}

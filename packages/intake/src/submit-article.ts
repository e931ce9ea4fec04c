import { findArticlesByUrls, insertArticlesOnce, type SubmittedArticleRow } from "@marsad/db";
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

function articleRow(input: ValidArticleSubmission, dateOrigin: DateOrigin): SubmittedArticleRow {
  return {
    // A link alone is identified by the link until the worker has fetched its text.
    contentHash: contentHash(input.text ?? `url:${input.url ?? ""}`),
    rawText: input.text ?? null,
    title: input.title ?? null,
    source: input.source ?? null,
    author: input.author ?? null,
    url: input.url ?? null,
    publishedAt: input.publishedAt ?? null,
    publishedSource: input.publishedAt ? dateOrigin : null,
  };
}

/**
 * Stores many submissions (or finds the stored copy of each text) without queueing them, in one
 * statement — two when some are links alone, whose stored article is first looked up by link,
 * since a fetched link is stored under its text's hash. Results come in the order given; a text
 * that appears twice is created once and a duplicate the second time.
 */
export async function storeSubmissions(
  deps: Pick<IntakeDeps, "db">,
  inputs: ValidArticleSubmission[],
  dateOrigin: DateOrigin = "submitter",
): Promise<SubmitResult[]> {
  const linkOnly = inputs.flatMap((input) => (input.text === undefined && input.url ? [input.url] : []));
  const knownLinks = await findArticlesByUrls(deps.db, linkOnly);
  const known = inputs.map((input) =>
    input.text === undefined && input.url ? knownLinks.get(input.url) : undefined,
  );
  const toStore = inputs.filter((_, i) => !known[i]);
  const stored = await insertArticlesOnce(
    deps.db,
    toStore.map((input) => articleRow(input, dateOrigin)),
  );
  let next = 0;
  return known.map((article) => (article ? { ...article, created: false } : stored[next++]!));
}

/** Stores the article (or finds the stored copy of the same text) without queueing it. */
export async function storeSubmission(
  deps: Pick<IntakeDeps, "db">,
  input: ValidArticleSubmission,
  dateOrigin: DateOrigin = "submitter",
): Promise<SubmitResult> {
  const [stored] = await storeSubmissions(deps, [input], dateOrigin);
  return stored!;
}

/**
 * Stores the article in Postgres first, then queues its processing. If Redis is down the article
 * is still stored (status `queued`) and the worker's reconciler queues it once Redis is back.
 */
export async function submitArticle(
  deps: IntakeDeps,
  input: ValidArticleSubmission,
  dateOrigin: DateOrigin = "submitter",
): Promise<SubmitResult> {
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

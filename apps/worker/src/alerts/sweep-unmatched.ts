import { listUnmatchedArticles, listUnsentWebhookDeliveries, type Db } from "@marsad/db";
import { enqueueMatchMany, enqueueWebhookDelivery, type AlertsQueue } from "@marsad/queue";
import { matchArticleJobId } from "@marsad/schema/queue";
import { clearFinishedJobs, listPendingUpTo } from "../pending-ids";

/** How far back the sweep looks: an article stored longer ago than this is not matched late. */
export const SWEEP_WINDOW_MS = 2 * 24 * 3600_000;

export interface SweepOptions {
  /** Most articles (and deliveries) queued per pass; the rest wait for the next pass. */
  maxPerPass: number;
}

export const DEFAULT_SWEEP: SweepOptions = { maxPerPass: 10_000 };

/**
 * Queues again what the pipeline could not finish: the matching of done articles that were never
 * matched for their current run (Redis refused the job between the article's commit and its
 * enqueue, lost it, or the job failed for good — its id is freed first), and webhook deliveries
 * never attempted. Anything younger than `staleMs` is left to its own job. Returns how many of
 * each were queued, and whether more wait for the next pass.
 */
export async function sweepUnmatched(
  db: Db,
  queue: AlertsQueue,
  staleMs: number,
  options: SweepOptions = DEFAULT_SWEEP,
): Promise<{ articles: number; deliveries: number; more?: boolean }> {
  const articles = await listPendingUpTo(
    (limit) => listUnmatchedArticles(db, { olderThanMs: staleMs, withinMs: SWEEP_WINDOW_MS, limit }),
    options.maxPerPass,
  );
  if (articles.ids.length) {
    await clearFinishedJobs(queue, articles.ids.map(matchArticleJobId));
    await enqueueMatchMany(queue, articles.ids);
  }
  const deliveries = await listPendingUpTo((limit) => listUnsentWebhookDeliveries(db, staleMs, limit), options.maxPerPass);
  for (const id of deliveries.ids) await enqueueWebhookDelivery(queue, id);
  const swept = { articles: articles.ids.length, deliveries: deliveries.ids.length };
  return articles.more || deliveries.more ? { ...swept, more: true } : swept;
}

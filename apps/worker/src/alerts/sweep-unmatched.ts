import { listUnmatchedArticles, listUnsentWebhookDeliveries, type Db } from "@marsad/db";
import { enqueueMatchMany, enqueueWebhookDelivery, type AlertsQueue } from "@marsad/queue";

/** How far back the sweep looks: an article stored longer ago than this is not matched late. */
export const SWEEP_WINDOW_MS = 2 * 24 * 3600_000;

/**
 * Queues again what the pipeline could not queue: the matching of done articles that were never
 * matched for their current run (Redis refused the job between the article's commit and its
 * enqueue, or lost it), and webhook deliveries never attempted. Anything younger than `staleMs`
 * is left to its own job. Returns how many of each were queued.
 */
export async function sweepUnmatched(
  db: Db,
  queue: AlertsQueue,
  staleMs: number,
): Promise<{ articles: number; deliveries: number }> {
  const articleIds = await listUnmatchedArticles(db, { olderThanMs: staleMs, withinMs: SWEEP_WINDOW_MS });
  if (articleIds.length) await enqueueMatchMany(queue, articleIds);
  const deliveryIds = await listUnsentWebhookDeliveries(db, staleMs);
  for (const id of deliveryIds) await enqueueWebhookDelivery(queue, id);
  return { articles: articleIds.length, deliveries: deliveryIds.length };
}

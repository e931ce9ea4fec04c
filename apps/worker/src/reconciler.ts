import { listStaleArticles, touchArticles, type Db } from "@marsad/db";
import { createAlertsQueue, enqueueIngestMany, type AlertsQueue, type ArticlesQueue } from "@marsad/queue";
import type { Redis } from "ioredis";
import { DEFAULT_SWEEP, sweepUnmatched, type SweepOptions } from "./alerts/sweep-unmatched";
import { clearFinishedJobs, listPendingUpTo } from "./pending-ids";
import type { Logger } from "./logger";

/**
 * Re-queues articles whose job was lost: Redis restarted empty, or a worker died mid-job and its
 * job ended up failed. Postgres says what still needs doing; Redis is only transport. Every stale
 * article is read in one query, up to `maxPerPass` (the rest are found by the next pass).
 */
export async function reconcileOnce(db: Db, queue: ArticlesQueue, staleMs: number, options: SweepOptions = DEFAULT_SWEEP): Promise<number> {
  const { ids } = await listPendingUpTo((limit) => listStaleArticles(db, staleMs, limit), options.maxPerPass);
  if (ids.length === 0) return 0;
  // A finished job with the same id would make the new add() a no-op: clear it first.
  await clearFinishedJobs(queue, ids);
  await touchArticles(db, ids);
  await enqueueIngestMany(queue, ids);
  return ids.length;
}

/**
 * Every `intervalMs`: re-queues stale articles, then the watchlist matching and webhook deliveries
 * that could not be queued (`sweepUnmatched`). The alerts queue is opened on the articles queue's
 * connection and prefix, so it is the queue the alerts worker reads.
 */
export function startReconciler(
  db: Db,
  queue: ArticlesQueue,
  options: { staleMs: number; intervalMs: number; logger: Logger; alertsQueue?: AlertsQueue },
): { stop: () => Promise<void> } {
  const alertsQueue =
    options.alertsQueue ?? createAlertsQueue(queue.opts.connection as Redis, { prefix: queue.opts.prefix });
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = (async () => {
      const n = await reconcileOnce(db, queue, options.staleMs);
      if (n > 0) options.logger.warn({ requeued: n }, "re-queued stale articles");
      const swept = await sweepUnmatched(db, alertsQueue, options.staleMs);
      if (swept.articles + swept.deliveries > 0)
        options.logger.warn(swept, swept.more ? "re-queued watchlist matching and webhook deliveries; more wait for the next pass" : "re-queued watchlist matching and webhook deliveries");
    })()
      .catch((error: unknown) => options.logger.error({ err: error }, "reconciler pass failed"))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  tick();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      // A queue made here shares the articles queue's connection, which its owner closes.
      if (!options.alertsQueue) await alertsQueue.close();
    },
  };
}

import { listStaleArticles, touchArticles, type Db } from "@marsad/db";
import { enqueueIngestMany, type ArticlesQueue } from "@marsad/queue";
import type { Logger } from "./logger";

/**
 * Re-queues articles whose job was lost: Redis restarted empty, or a worker died mid-job and its
 * job ended up failed. Postgres says what still needs doing; Redis is only transport.
 */
export async function reconcileOnce(db: Db, queue: ArticlesQueue, staleMs: number): Promise<number> {
  const ids = await listStaleArticles(db, staleMs);
  if (ids.length === 0) return 0;
  // A finished job with the same id would make the new add() a no-op: clear it first.
  for (const id of ids) {
    const job = await queue.getJob(id);
    if (job && ((await job.isFailed()) || (await job.isCompleted()))) await job.remove();
  }
  await touchArticles(db, ids);
  await enqueueIngestMany(queue, ids);
  return ids.length;
}

export function startReconciler(
  db: Db,
  queue: ArticlesQueue,
  options: { staleMs: number; intervalMs: number; logger: Logger },
): { stop: () => Promise<void> } {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = reconcileOnce(db, queue, options.staleMs)
      .then((n) => {
        if (n > 0) options.logger.warn({ requeued: n }, "re-queued stale articles");
      })
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
    },
  };
}

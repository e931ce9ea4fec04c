import type { ArticlesQueue } from "@marsad/queue";

export class QueueUnavailableError extends Error {
  constructor(timeoutMs: number) {
    super(`the articles queue did not answer within ${timeoutMs} ms (is Redis running?)`);
    this.name = "QueueUnavailableError";
  }
}

/**
 * Bounds how long `queue.add` may take. BullMQ's `add` waits for its connection to become ready,
 * so without a bound an HTTP submission would hang for as long as Redis is down, although the
 * article is already stored and the worker's reconciler queues it later. A late `add` that still
 * succeeds is harmless: the job id is the article id.
 */
export function failFastQueue(queue: ArticlesQueue, timeoutMs = 2000): ArticlesQueue {
  const add = queue.add.bind(queue);
  queue.add = (name, data, opts) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new QueueUnavailableError(timeoutMs)), timeoutMs);
    });
    const added = add(name, data, opts);
    added.catch(() => {}); // its failure after the timeout has nobody left to tell
    return Promise.race([added, timeout]).finally(() => clearTimeout(timer));
  };
  return queue;
}

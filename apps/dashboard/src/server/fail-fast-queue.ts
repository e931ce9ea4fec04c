import type { ArticlesQueue } from "@marsad/queue";
import type { Redis } from "ioredis";

export class QueueUnavailableError extends Error {
  constructor(reason: string) {
    super(`the articles queue is unavailable: ${reason}`);
    this.name = "QueueUnavailableError";
  }
}

/**
 * Makes `queue.add` fail at once while the producer connection is down (and give up after
 * `timeoutMs` otherwise). BullMQ's `add` waits for the connection to become ready, so without this
 * an HTTP submission would hang for as long as Redis is down, although the article is already
 * stored and the worker's reconciler will queue it later.
 */
export function failFastQueue(queue: ArticlesQueue, redis: Redis, timeoutMs = 3000): ArticlesQueue {
  const add = queue.add.bind(queue);
  queue.add = (name, data, opts) => {
    if (redis.status !== "ready") return Promise.reject(new QueueUnavailableError(`redis is ${redis.status}`));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new QueueUnavailableError(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([add(name, data, opts), timeout]).finally(() => clearTimeout(timer));
  };
  return queue;
}

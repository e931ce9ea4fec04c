import { randomBytes } from "node:crypto";
import { createDb, type DbHandle } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { createArticlesQueue, createFeedsQueue, createRedis, type ArticlesQueue, type FeedsQueue } from "@marsad/queue";
import type { Redis } from "ioredis";
import { readWorkerEnv } from "../env";
import { createLogger } from "../logger";
import { startWorkerRuntime, type WorkerRuntime } from "../runtime";

/**
 * A real worker for integration tests: a throwaway database, the real Redis under a key prefix of
 * its own, the worker runtime as production starts it, and producer-side queues to feed it.
 */
export interface WorkerHarness {
  db: DbHandle["db"];
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
  redis: Redis;
  queue: ArticlesQueue;
  feedsQueue: FeedsQueue;
  runtime: WorkerRuntime;
  close(): Promise<void>;
}

/** `env` overrides the worker's configuration (e.g. FETCH_ALLOW, WORKER_CONCURRENCY). */
export async function startWorkerHarness(env: Record<string, string> = {}): Promise<WorkerHarness> {
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const prefix = `marsad-test-${randomBytes(4).toString("hex")}`;
  const testDb: TestDatabase = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  const handle = createDb(testDb.url);
  const redis = createRedis(redisUrl, "producer");
  const queue = createArticlesQueue(redis, { prefix });
  const feedsQueue = createFeedsQueue(redis, { prefix });
  const config = readWorkerEnv({
    DATABASE_URL: testDb.url,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    WORKER_HEALTH_PORT: "0",
    WORKER_CONCURRENCY: "2",
    // Tests that want the reconciler call it themselves.
    RECONCILE_INTERVAL_MS: "600000",
    LOG_LEVEL: "silent",
    ...env,
  });
  const runtime = await startWorkerRuntime(config, createLogger(config.LOG_LEVEL));
  return {
    db: handle.db,
    databaseUrl: testDb.url,
    redisUrl,
    prefix,
    redis,
    queue,
    feedsQueue,
    runtime,
    close: async () => {
      await runtime.close();
      await Promise.all([queue.obliterate({ force: true }).catch(() => {}), feedsQueue.obliterate({ force: true }).catch(() => {})]);
      await Promise.all([queue.close(), feedsQueue.close()]);
      redis.disconnect();
      await handle.close();
      await testDb.drop();
    },
  };
}

/** Polls until `fn` returns something truthy, or fails after `timeoutMs`. */
export async function waitFor<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}

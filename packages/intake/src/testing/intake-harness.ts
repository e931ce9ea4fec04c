import { randomBytes } from "node:crypto";
import { createDb, type Db } from "@marsad/db";
import { createTestDatabase } from "@marsad/db/test-database";
import { createArticlesQueue, createFeedsQueue, createRedis, type ArticlesQueue, type FeedsQueue } from "@marsad/queue";

/** What intake, service and router tests run against: a throwaway database and the real Redis under a prefix of its own. */
export interface IntakeHarness {
  db: Db;
  queue: ArticlesQueue;
  feedsQueue: FeedsQueue;
  close(): Promise<void>;
}

export async function startIntakeHarness(): Promise<IntakeHarness> {
  const testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  const handle = createDb(testDb.url);
  const redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", "producer");
  const prefix = `marsad-test-${randomBytes(4).toString("hex")}`;
  const queue = createArticlesQueue(redis, { prefix });
  const feedsQueue = createFeedsQueue(redis, { prefix });
  return {
    db: handle.db,
    queue,
    feedsQueue,
    close: async () => {
      await Promise.all([queue.obliterate({ force: true }).catch(() => {}), feedsQueue.obliterate({ force: true }).catch(() => {})]);
      await Promise.all([queue.close(), feedsQueue.close()]);
      redis.disconnect();
      await handle.close();
      await testDb.drop();
    },
  };
}

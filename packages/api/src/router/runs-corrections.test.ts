import { randomBytes } from "node:crypto";
import { createDb, insertArticleOnce, type DbHandle } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { createArticlesQueue, createFeedsQueue, createRedis, type ArticlesQueue, type FeedsQueue } from "@marsad/queue";
import { TRPCError } from "@trpc/server";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../root";
import { createCallerFactory, type Context } from "../trpc";

let testDb: TestDatabase;
let handle: DbHandle;
let redis: Redis;
let queue: ArticlesQueue;
let feedsQueue: FeedsQueue;
const makeCaller = (ctx: Context) => createCallerFactory(appRouter)(ctx);
let caller: ReturnType<typeof makeCaller>;

beforeAll(async () => {
  testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  handle = createDb(testDb.url);
  redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", "producer");
  const prefix = `marsad-test-${randomBytes(4).toString("hex")}`;
  queue = createArticlesQueue(redis, { prefix });
  feedsQueue = createFeedsQueue(redis, { prefix });
  caller = makeCaller({ db: handle.db, queue, feedsQueue });
}, 60_000);

afterAll(async () => {
  await queue?.obliterate({ force: true }).catch(() => {});
  await queue?.close();
  await feedsQueue?.close();
  redis?.disconnect();
  await handle?.close();
  await testDb?.drop();
});

describe("runs router", () => {
  it("starts a reprocess run and reads it back by id and in the list", async () => {
    const started = await caller.runs.reprocess({ scope: "all" });
    expect(started.articleCount).toBe(0);
    const run = await caller.runs.byId({ id: started.runId });
    expect(run).toMatchObject({ kind: "reprocess", scope: "all", finished: true });
    expect((await caller.runs.list()).map((r) => r.id)).toContain(started.runId);
    await expect(caller.runs.byId({ id: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("corrections router", () => {
  it("refuses a correction of a fact that does not exist, and validates edits", async () => {
    const { article } = await insertArticleOnce(handle.db, { contentHash: "router-corrections", rawText: "نص تجريبي قصير" });
    const entityId = "00000000-0000-4000-8000-000000000001";
    const missing = caller.corrections.record({ factType: "title", articleId: article.id, entityId, action: "reject" });
    await expect(missing).rejects.toBeInstanceOf(TRPCError);
    await expect(missing).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      caller.corrections.record({ factType: "title", articleId: article.id, entityId, action: "edit" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await caller.corrections.list({ articleId: article.id })).toEqual([]);
  });
});

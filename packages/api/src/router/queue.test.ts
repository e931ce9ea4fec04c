import { randomBytes, randomUUID } from "node:crypto";
import { createDb, insertArticleOnce, type DbHandle } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { createArticlesQueue, createFeedsQueue, createRedis, type ArticlesQueue, type FeedsQueue } from "@marsad/queue";
import { QUEUE_NAMES } from "@marsad/schema/queue";
import { Worker } from "bullmq";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPEN_ACCESS } from "../services";
import { createCallerFactory, type Context } from "../trpc";
import { queueRouter } from "./queue";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `marsad-test-${randomBytes(4).toString("hex")}`;
let redis: Redis;
let workerRedis: Redis;
let queue: ArticlesQueue;
let feedsQueue: FeedsQueue;
let worker: Worker;
const createCaller = createCallerFactory(queueRouter);
let caller: ReturnType<typeof createCaller>;
let testDb: TestDatabase;
let handle: DbHandle;
/** Jobs whose id is here fail; the others succeed. */
const failing = new Set<string>();

async function until(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  // The page names each job's article from the database.
  testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  handle = createDb(testDb.url);
  redis = createRedis(redisUrl, "producer");
  workerRedis = createRedis(redisUrl, "worker");
  queue = createArticlesQueue(redis, { prefix });
  feedsQueue = createFeedsQueue(redis, { prefix });
  // A stand-in for the real worker: it fails the jobs the test marks, with a readable reason.
  worker = new Worker(
    QUEUE_NAMES.articles,
    (job) => {
      if (failing.has(job.id ?? "")) return Promise.reject(new Error(`the page answered HTTP 503 (${job.id})`));
      return Promise.resolve();
    },
    { connection: workerRedis, prefix },
  );
  const ctx: Pick<Context, "db" | "queue" | "feedsQueue" | "access"> = { db: handle.db, queue, feedsQueue, access: OPEN_ACCESS };
  caller = createCaller(ctx);
});

afterAll(async () => {
  await worker?.close();
  await queue?.obliterate({ force: true }).catch(() => {});
  await queue?.close();
  await feedsQueue?.obliterate({ force: true }).catch(() => {});
  await feedsQueue?.close();
  redis?.disconnect();
  workerRedis?.disconnect();
  await handle?.close();
  await testDb?.drop();
});

describe("the queue router", () => {
  it("counts jobs by state and lists failed ones with their reason, attempts and article", async () => {
    const ok = randomUUID();
    // A link whose fetch fails: the page names it by its URL (it has no title yet).
    const { article } = await insertArticleOnce(handle.db, { contentHash: `queue-${ok}`, url: "https://example.org/news/%D8%AE%D8%A8%D8%B1", status: "failed" });
    const bad = article.id;
    failing.add(bad);
    await queue.add("ingest-article", { articleId: ok }, { jobId: ok });
    await queue.add("ingest-article", { articleId: bad }, { jobId: bad, attempts: 1 });
    await until(async () => (await caller.overview()).counts.failed === 1 && (await caller.overview()).counts.completed === 1);
    const overview = await caller.overview();
    expect(overview.counts).toEqual({ waiting: 0, active: 0, completed: 1, failed: 1, delayed: 0 });
    expect(overview.feeds.counts).toEqual({ waiting: 0, active: 0, completed: 0, failed: 0, delayed: 0 });
    expect(overview.failed).toHaveLength(1);
    expect(overview.failed[0]).toMatchObject({
      id: bad,
      articleId: bad,
      attemptsMade: 1,
      attemptsAllowed: 1,
      failedReason: `the page answered HTTP 503 (${bad})`,
      article: { id: bad, title: null, url: "https://example.org/news/%D8%AE%D8%A8%D8%B1", source: null, preview: null },
    });
  });

  it("names no article for a job whose article is not stored or whose id is not a UUID", async () => {
    const gone = randomUUID();
    failing.add(gone);
    failing.add("not-a-uuid");
    await queue.add("ingest-article", { articleId: gone }, { jobId: gone, attempts: 1 });
    await queue.add("ingest-article", { articleId: "not-a-uuid" }, { jobId: "not-a-uuid", attempts: 1 });
    await until(async () => (await caller.overview()).counts.failed === 3);
    const failed = (await caller.overview()).failed;
    expect(failed.find((j) => j.id === gone)?.article).toBeNull();
    expect(failed.find((j) => j.id === "not-a-uuid")?.article).toBeNull();
    for (const id of [gone, "not-a-uuid"]) await (await queue.getJob(id))!.remove();
  });

  it("retries a failed job, which then runs again", async () => {
    const [job] = (await caller.overview()).failed;
    failing.delete(job!.id);
    await expect(caller.retry({ id: job!.id })).resolves.toEqual({ id: job!.id, retried: true });
    await until(async () => (await caller.overview()).counts.completed === 2);
    expect((await caller.overview()).counts.failed).toBe(0);
  });

  it("removes a failed job, and refuses jobs that are not failed or do not exist", async () => {
    const bad = randomUUID();
    failing.add(bad);
    await queue.add("ingest-article", { articleId: bad }, { jobId: bad, attempts: 1 });
    await until(async () => (await caller.overview()).counts.failed === 1);
    await expect(caller.remove({ id: bad })).resolves.toEqual({ id: bad, removed: true });
    expect((await caller.overview()).failed).toEqual([]);
    expect(await queue.getJob(bad)).toBeUndefined();

    await expect(caller.remove({ id: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const done = (await queue.getCompleted())[0]!;
    await expect(caller.retry({ id: done.id! })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

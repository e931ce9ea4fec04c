import { randomBytes, randomUUID } from "node:crypto";
import type { Db } from "@marsad/db";
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
/** Jobs whose id is here fail; the others succeed. */
const failing = new Set<string>();

async function until(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(() => {
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
  // The router reads only the articles queue: the rest of the context is never touched.
  const ctx: Pick<Context, "db" | "queue" | "feedsQueue" | "access"> = { db: {} as Db, queue, feedsQueue, access: OPEN_ACCESS };
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
});

describe("the queue router", () => {
  it("counts jobs by state and lists failed ones with their reason and attempts", async () => {
    const ok = randomUUID();
    const bad = randomUUID();
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
    });
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

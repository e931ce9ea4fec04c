import { randomBytes } from "node:crypto";
import { createDb, failArticle, getArticle, type DbHandle } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { createArticlesQueue, createRedis, type ArticlesQueue } from "@marsad/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPEN_ACCESS } from "../services";
import { createCallerFactory, type Context } from "../trpc";
import { articlesRouter } from "./articles";

let testDb: TestDatabase;
let handle: DbHandle;
let redis: Redis;
let queue: ArticlesQueue;
const createCaller = createCallerFactory(articlesRouter);
let caller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  handle = createDb(testDb.url);
  redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", "producer");
  queue = createArticlesQueue(redis, { prefix: `marsad-test-${randomBytes(4).toString("hex")}` });
  const ctx: Pick<Context, "db" | "queue" | "access"> = { db: handle.db, queue, access: OPEN_ACCESS };
  caller = createCaller(ctx as Context);
}, 60_000);

afterAll(async () => {
  await queue?.obliterate({ force: true }).catch(() => {});
  await queue?.close();
  redis?.disconnect();
  await handle?.close();
  await testDb?.drop();
});

/** A link whose fetch failed, as the worker leaves it. */
async function failedLink(path: string) {
  const { id } = await caller.submit({ url: `https://news.example/${path}` });
  await failArticle(handle.db, id, "the page answered HTTP 503");
  return id;
}

describe("articles.retry", () => {
  it("queues a failed link again, its error cleared", async () => {
    const id = await failedLink("retry-me");
    expect(await caller.retry({ id })).toEqual({ id, status: "queued" });
    const article = await getArticle(handle.db, id);
    expect(article?.status).toBe("queued");
    expect(article?.error).toBeNull();
    expect(await (await queue.getJob(id))?.getState()).toBe("waiting");
  });

  it("reads the pasted text instead of the link", async () => {
    const id = await failedLink("paste-instead");
    await caller.retry({ id, text: "نص لصقه القارئ بدل الرابط الذي تعذّر جلبه" });
    const article = await getArticle(handle.db, id);
    expect(article?.rawText).toBe("نص لصقه القارئ بدل الرابط الذي تعذّر جلبه");
    expect(article?.status).toBe("queued");
  });

  it("refuses an article that has not failed, pasted text stored elsewhere, and empty text", async () => {
    const { id: done } = await caller.submit({ text: "مقال قائم أُرسل نصه من قبل" });
    await expect(caller.retry({ id: done })).rejects.toMatchObject({ code: "CONFLICT" });
    const id = await failedLink("twin");
    await expect(caller.retry({ id, text: "مقال قائم أُرسل نصه من قبل" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(done),
    });
    await expect(caller.retry({ id, text: "   " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await getArticle(handle.db, id))?.status).toBe("failed");
    await expect(caller.retry({ id: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

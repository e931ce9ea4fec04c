import { randomBytes } from "node:crypto";
import { createDb, getFeed, type DbHandle } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { createArticlesQueue, createFeedsQueue, createRedis, type ArticlesQueue, type FeedsQueue } from "@marsad/queue";
import { feedSchedulerId } from "@marsad/schema/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPEN_ACCESS } from "../services";
import { createCallerFactory, type Context } from "../trpc";
import { feedsRouter } from "./feeds";

let testDb: TestDatabase;
let handle: DbHandle;
let redis: Redis;
let queue: ArticlesQueue;
let feedsQueue: FeedsQueue;
const createCaller = createCallerFactory(feedsRouter);
let caller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  handle = createDb(testDb.url);
  redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", "producer");
  const prefix = `marsad-test-${randomBytes(4).toString("hex")}`;
  queue = createArticlesQueue(redis, { prefix });
  feedsQueue = createFeedsQueue(redis, { prefix });
  const ctx = { db: handle.db, queue, feedsQueue, access: OPEN_ACCESS } as Context;
  caller = createCaller(ctx);
}, 60_000);

afterAll(async () => {
  await feedsQueue?.obliterate({ force: true }).catch(() => {});
  await queue?.obliterate({ force: true }).catch(() => {});
  await Promise.all([feedsQueue?.close(), queue?.close()]);
  redis?.disconnect();
  await handle?.close();
  await testDb?.drop();
});

/** The poll schedule BullMQ holds for a feed, or undefined when it is not polled. */
async function schedule(id: string) {
  return (await feedsQueue.getJobSchedulers()).find((s) => s.key === feedSchedulerId(id));
}

describe("the feeds router", () => {
  it("edits a feed's URL and interval and polls it on the new schedule", async () => {
    const { feed } = await caller.register({ url: "https://news.example/a.xml", intervalMinutes: 30 });
    await handle.db.execute(`update feeds set title = 'Old title', etag = 'W/"1"' where id = '${feed.id}'`);
    const edited = await caller.update({ id: feed.id, url: "https://news.example/b.xml", intervalMinutes: 15 });
    expect(edited).toMatchObject({ url: "https://news.example/b.xml", intervalMinutes: 15, title: null, etag: null });
    expect((await schedule(feed.id))?.every).toBe(15 * 60_000);

    // Only the interval: the URL, and what the last poll learned of its document, stay.
    await handle.db.execute(`update feeds set title = 'B title' where id = '${feed.id}'`);
    expect(await caller.update({ id: feed.id, intervalMinutes: 60 })).toMatchObject({ url: "https://news.example/b.xml", title: "B title" });
    expect((await schedule(feed.id))?.every).toBe(60 * 60_000);
  });

  it("refuses a URL another feed has, an unknown feed, and a bad URL", async () => {
    const { feed: other } = await caller.register({ url: "https://news.example/c.xml" });
    await expect(caller.update({ id: other.id, url: "https://news.example/b.xml" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getFeed(handle.db, other.id))?.url).toBe("https://news.example/c.xml");
    await expect(caller.update({ id: "00000000-0000-4000-8000-000000000000", intervalMinutes: 5 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.update({ id: other.id, url: "ftp://news.example/x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("deletes a feed and stops polling it", async () => {
    const { feed } = await caller.register({ url: "https://news.example/gone.xml" });
    expect(await schedule(feed.id)).toBeDefined();
    await expect(caller.remove({ id: feed.id })).resolves.toEqual({ id: feed.id, removed: true });
    expect(await schedule(feed.id)).toBeUndefined();
    expect(await getFeed(handle.db, feed.id)).toBeUndefined();
    expect((await caller.list()).map((f) => f.url)).not.toContain("https://news.example/gone.xml");
    await expect(caller.remove({ id: feed.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

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
let ctx: Context;
let caller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  handle = createDb(testDb.url);
  redis = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379", "producer");
  const prefix = `marsad-test-${randomBytes(4).toString("hex")}`;
  queue = createArticlesQueue(redis, { prefix });
  feedsQueue = createFeedsQueue(redis, { prefix });
  ctx = { db: handle.db, queue, feedsQueue, access: OPEN_ACCESS };
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

  it("pauses a feed (its scheduler is removed) and resumes it (its scheduler is back)", async () => {
    const { feed } = await caller.register({ url: "https://news.example/paused.xml", intervalMinutes: 20 });
    expect(await schedule(feed.id)).toBeDefined();

    const paused = await caller.pause({ id: feed.id });
    expect(paused.pausedAt).toBeInstanceOf(Date);
    expect(await schedule(feed.id)).toBeUndefined();
    expect((await caller.list()).find((f) => f.id === feed.id)?.pausedAt).toEqual(paused.pausedAt);
    // Pausing twice keeps the first time; editing or re-registering a paused feed does not poll it.
    expect((await caller.pause({ id: feed.id })).pausedAt).toEqual(paused.pausedAt);
    expect(await caller.update({ id: feed.id, intervalMinutes: 10 })).toMatchObject({ intervalMinutes: 10, pausedAt: paused.pausedAt });
    await caller.register({ url: "https://news.example/paused.xml", intervalMinutes: 25 });
    expect(await schedule(feed.id)).toBeUndefined();

    expect(await caller.resume({ id: feed.id })).toMatchObject({ pausedAt: null, intervalMinutes: 25 });
    expect((await schedule(feed.id))?.every).toBe(25 * 60_000);
    expect((await getFeed(handle.db, feed.id))?.pausedAt).toBeNull();
  });

  it("refuses to pause or resume an unknown feed, and an editor's pause", async () => {
    const unknown = { id: "00000000-0000-4000-8000-000000000001" };
    await expect(caller.pause(unknown)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.resume(unknown)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await schedule(unknown.id)).toBeUndefined();

    const { feed } = await caller.register({ url: "https://news.example/kept.xml" });
    const editor = createCaller({
      ...ctx,
      access: { kind: "user", via: "session", principal: { userId: unknown.id, username: "editor", role: "editor" } },
    });
    await expect(editor.pause({ id: feed.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getFeed(handle.db, feed.id))?.pausedAt).toBeNull();
    expect(await schedule(feed.id)).toBeDefined();
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

/**
 * Integration test of `/api/v1/feeds` against a throwaway database and the real Redis under a
 * queue prefix of its own: registering schedules a poll job scheduler for the worker.
 */
import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { feedSchedulerId } from "@marsad/schema/queue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as DepsModule from "../../../../server/deps";
import type * as FeedsRoute from "./route";

let database: TestDatabase;
let route: typeof FeedsRoute;
let deps: typeof DepsModule;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.REDIS_URL = "redis://127.0.0.1:6379";
  process.env.QUEUE_PREFIX = `marsad-test-${randomUUID().slice(0, 8)}`;
  process.env.LOG_LEVEL = "silent";
  route = await import("./route");
  deps = await import("../../../../server/deps");
});

afterAll(async () => {
  await deps?.getServerDeps().feedsQueue.obliterate({ force: true }).catch(() => {});
  await deps?.getServerDeps().close();
  await database?.drop();
});

const post = (body: unknown) =>
  route.POST(
    new Request("http://dashboard.test/api/v1/feeds", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

describe("/api/v1/feeds", () => {
  it("registers a feed once, schedules its polls, and lists it", async () => {
    const created = await post({ url: "https://news.example/rss.xml", intervalMinutes: 15 });
    expect(created.status).toBe(201);
    const feed = (await created.json()) as { id: string; intervalMinutes: number };
    expect(feed.intervalMinutes).toBe(15);

    const again = await post({ url: "https://news.example/rss.xml", intervalMinutes: 60 });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string; intervalMinutes: number })).toMatchObject({ id: feed.id, intervalMinutes: 60 });

    const schedulers = await deps.getServerDeps().feedsQueue.getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toContain(feedSchedulerId(feed.id));

    const list = (await (await route.GET(new Request("http://dashboard.test/api/v1/feeds"))).json()) as { items: Array<{ id: string; url: string }> };
    expect(list.items).toEqual([expect.objectContaining({ id: feed.id, url: "https://news.example/rss.xml" })]);
  });

  it("names the bad field", async () => {
    const res = await post({ url: "ftp://news.example/feed" });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: "url" });
    const unknown = await post({ url: "https://news.example/a.xml", every: 5 });
    expect(await unknown.json()).toMatchObject({ field: "every" });
  });
});

/**
 * Integration test of `/api/v1/feeds` against a throwaway database and the real Redis under a
 * queue prefix of its own: registering schedules a poll job scheduler for the worker, pausing
 * removes it and resuming brings it back.
 */
import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { feedSchedulerId } from "@marsad/schema/queue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as DepsModule from "../../../../server/deps";
import type * as PauseRoute from "./[id]/pause/route";
import type * as ResumeRoute from "./[id]/resume/route";
import type * as FeedsRoute from "./route";

let database: TestDatabase;
let route: typeof FeedsRoute;
let pauseRoute: typeof PauseRoute;
let resumeRoute: typeof ResumeRoute;
let deps: typeof DepsModule;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.REDIS_URL = "redis://127.0.0.1:6379";
  process.env.QUEUE_PREFIX = `marsad-test-${randomUUID().slice(0, 8)}`;
  process.env.LOG_LEVEL = "silent";
  route = await import("./route");
  pauseRoute = await import("./[id]/pause/route");
  resumeRoute = await import("./[id]/resume/route");
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

  it("pauses a feed (no scheduler) and resumes it (scheduler back), and names an unknown or bad id", async () => {
    const { id } = (await (await post({ url: "https://news.example/pausable.xml", intervalMinutes: 20 })).json()) as { id: string };
    const act = (which: typeof pauseRoute | typeof resumeRoute, feedId: string) =>
      which.POST(new Request(`http://dashboard.test/api/v1/feeds/${feedId}/x`, { method: "POST" }), { params: Promise.resolve({ id: feedId }) });
    const scheduled = async () => (await deps.getServerDeps().feedsQueue.getJobSchedulers()).some((s) => s.key === feedSchedulerId(id));

    const paused = await act(pauseRoute, id);
    expect(paused.status).toBe(200);
    expect(((await paused.json()) as { pausedAt: string | null }).pausedAt).toEqual(expect.any(String));
    expect(await scheduled()).toBe(false);
    const listed = (await (await route.GET(new Request("http://dashboard.test/api/v1/feeds"))).json()) as { items: Array<{ id: string; pausedAt: string | null }> };
    expect(listed.items.find((f) => f.id === id)?.pausedAt).toEqual(expect.any(String));

    const resumed = await act(resumeRoute, id);
    expect(resumed.status).toBe(200);
    expect(await resumed.json()).toMatchObject({ id, pausedAt: null });
    expect(await scheduled()).toBe(true);

    const unknown = await act(pauseRoute, "00000000-0000-4000-8000-000000000002");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: "no feed with id 00000000-0000-4000-8000-000000000002" });
    const bad = await act(resumeRoute, "not-a-uuid");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: "id" });
  });

  it("names the bad field", async () => {
    const res = await post({ url: "ftp://news.example/feed" });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: "url" });
    const unknown = await post({ url: "https://news.example/a.xml", every: 5 });
    expect(await unknown.json()).toMatchObject({ field: "every" });
  });
});

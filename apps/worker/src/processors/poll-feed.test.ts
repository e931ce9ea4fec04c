import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { appRouter, createCallerFactory, OPEN_ACCESS } from "@marsad/api";
import { getFeed } from "@marsad/db";
import { feedSchedulerId, JOB_NAMES } from "@marsad/schema/queue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorkerHarness, waitFor, type WorkerHarness } from "../testing/worker-harness";
import type { PollResult } from "./poll-feed";

// An invented feed with no items: each request for it is one poll the server saw.
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>نشرة التجربة الهادئة</title></channel></rss>`;

/** The feeds router as the dashboard calls it (open access: no users in a test database). */
const feedsAsAdmin = (w: WorkerHarness) =>
  createCallerFactory(appRouter)({ db: w.db, queue: w.queue, feedsQueue: w.feedsQueue, access: OPEN_ACCESS }).feeds;

let server: Server;
let feedRequests = 0;
let feedUrl: string;
let h: WorkerHarness;
let feeds: ReturnType<typeof feedsAsAdmin>;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url !== "/quiet.xml") return res.writeHead(404).end();
    feedRequests++;
    res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" }).end(FEED);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/quiet.xml`;
  h = await startWorkerHarness({ FETCH_ALLOW: "127.0.0.1" });
  feeds = feedsAsAdmin(h);
}, 60_000);

afterAll(async () => {
  await h?.close();
  server?.close();
});

const scheduled = async (id: string) => (await h.feedsQueue.getJobSchedulers()).some((s) => s.key === feedSchedulerId(id));

/** Waits for the feed's next poll to be recorded (its `lastPolledAt` moves past `after`). */
const polledAfter = (id: string, after: number) =>
  waitFor(async () => {
    const feed = await getFeed(h.db, id);
    return feed?.lastPolledAt && feed.lastPolledAt.getTime() > after ? feed : undefined;
  });

describe("a paused feed", () => {
  it("is not polled: its scheduler is gone, a poll already queued fetches nothing, and resuming polls it again", async () => {
    const { feed } = await feeds.register({ url: feedUrl, intervalMinutes: 60 });
    const first = await polledAfter(feed.id, 0);
    expect(first).toMatchObject({ title: "نشرة التجربة الهادئة", lastError: null });
    expect(feedRequests).toBe(1);

    await feeds.pause({ id: feed.id });
    expect(await scheduled(feed.id)).toBe(false);

    // Stands for a poll already queued when the feed was paused: it reads the row and fetches nothing.
    const queued = await h.feedsQueue.add(JOB_NAMES.pollFeed, { feedId: feed.id });
    const result = await waitFor(async () => {
      const job = await h.feedsQueue.getJob(queued.id!);
      return job && (await job.getState()) === "completed" ? (job.returnvalue as PollResult) : undefined;
    });
    expect(result).toEqual({ feedId: feed.id, newItems: 0, notModified: false, skipped: "paused" });
    expect(feedRequests).toBe(1);
    expect((await getFeed(h.db, feed.id))?.lastPolledAt).toEqual(first.lastPolledAt);

    await feeds.resume({ id: feed.id });
    expect(await scheduled(feed.id)).toBe(true);
    await polledAfter(feed.id, first.lastPolledAt!.getTime());
    expect(feedRequests).toBe(2);
  });
});

import { attachFetchedText, getArticle, listArticles, listStaleArticles, type Db } from "@marsad/db";
import { createArticlesQueue, createRedis } from "@marsad/queue";
import { articles } from "@marsad/schema/tables";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { contentHash } from "./content-hash";
import { storeSubmissions } from "./submit-article";
import { submitBatch } from "./submit-batch";
import { startIntakeHarness, type IntakeHarness } from "./testing/intake-harness";

let h: IntakeHarness;

beforeAll(async () => {
  h = await startIntakeHarness();
  // Open the pool's first connection before statements are counted: postgres.js reads the
  // server's array types once per new connection, a statement no submission pays for.
  await getArticle(h.db, "00000000-0000-0000-0000-000000000000");
}, 60_000);

afterAll(async () => {
  await h?.close();
});

/** Counts the statements `db` sends while `work` runs (postgres.js calls its debug hook once per statement). */
async function statementsDuring(db: Db, work: () => Promise<unknown>): Promise<number> {
  // The drizzle handle keeps its postgres.js client as `$client`, which the `Db` type does not show.
  const client = (db as unknown as { $client: { options: { debug: (() => void) | boolean } } }).$client;
  let count = 0;
  client.options.debug = () => {
    count++;
  };
  try {
    await work();
  } finally {
    client.options.debug = false;
  }
  return count;
}

const texts = (label: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${label}: خبر رقم ${i} عن تعاون عسكري`);

describe("storing a batch", () => {
  it("costs one statement for its rows, new or already stored, and keeps the order it was sent in", async () => {
    const batch = texts("ترتيب", 20).map((text) => ({ text }));
    let results: Awaited<ReturnType<typeof submitBatch>> = [];
    expect(
      await statementsDuring(
        h.db,
        async () => (results = await submitBatch({ db: h.db, queue: h.queue }, batch)),
      ),
    ).toBe(1);
    expect(results.every((r) => r.result === "created")).toBe(true);
    const ids = results.map((r) => (r.result === "created" ? r.id : ""));
    // Newest first, the batch reads back in reverse order of sending: each row arrived after the one before.
    const newest = await listArticles(h.db, { limit: ids.length, sort: "newest" });
    expect(newest.items.map((a) => a.id)).toEqual([...ids].reverse());
    const jobs = await Promise.all(ids.map((id) => h.queue.getJob(id)));
    expect(jobs.map((j) => j?.data)).toEqual(ids.map((articleId) => ({ articleId })));

    let again: typeof results = [];
    expect(
      await statementsDuring(
        h.db,
        async () => (again = await submitBatch({ db: h.db, queue: h.queue }, batch)),
      ),
    ).toBe(1);
    expect(again.map((r) => (r.result === "duplicate" ? r.id : r.result))).toEqual(ids);
  });

  it("finds a link already submitted by its link, also after its fetched text changed its hash", async () => {
    const [first] = await submitBatch({ db: h.db, queue: h.queue }, [
      { url: "https://news.example/fetched" },
    ]);
    if (first?.result !== "created") throw new Error("expected created");
    const fetched = "نص الصفحة بعد جلبها من الرابط";
    await attachFetchedText(h.db, first.id, {
      rawText: fetched,
      contentHash: contentHash(fetched),
      title: null,
      source: null,
      publishedAt: null,
    });
    let results: Awaited<ReturnType<typeof submitBatch>> = [];
    const statements = await statementsDuring(h.db, async () => {
      results = await submitBatch({ db: h.db, queue: h.queue }, [
        { url: "https://news.example/fetched" },
        { url: "https://news.example/new" },
        { url: "https://news.example/new" },
        { text: fetched },
      ]);
    });
    // One lookup of the links, one statement for the rows.
    expect(statements).toBe(2);
    expect(results.map((r) => r.result)).toEqual(["duplicate", "created", "duplicate", "duplicate"]);
    expect(results[0]).toMatchObject({ id: first.id });
    expect(results[3]).toMatchObject({ id: first.id });
    expect(results[2]).toMatchObject({ id: results[1]!.result === "created" ? results[1]!.id : "" });
  });

  it("stores each text once when batches sharing texts arrive at once, in any order, without deadlocking", async () => {
    const shared = texts("تزامن", 500).map((text) => ({ text }));
    const orders = [
      shared,
      [...shared].reverse(),
      [...shared.slice(250), ...shared.slice(0, 250)],
      [...shared].reverse(),
    ];
    // Four connections open first, so the four batches really run at the same time.
    await Promise.all(orders.map(() => h.db.$count(articles)));
    const outcomes = await Promise.all(
      orders.map((batch) =>
        storeSubmissions(
          { db: h.db },
          batch.map((b) => ({ text: b.text })),
        ),
      ),
    );
    const createdIds = outcomes
      .flat()
      .filter((r) => r.created)
      .map((r) => r.id);
    expect(createdIds).toHaveLength(shared.length);
    expect(new Set(createdIds).size).toBe(shared.length);
    // Every batch names the one stored article of each text.
    const byText = (o: (typeof outcomes)[number], batch: typeof shared) =>
      new Map(batch.map((b, i) => [b.text, o[i]!.id]));
    const reference = byText(outcomes[0]!, orders[0]!);
    for (const [i, o] of outcomes.entries()) expect(byText(o, orders[i]!)).toEqual(reference);
  });

  it("keeps the articles when Redis refuses their jobs: stored as queued, reported, and found by the reconciler", async () => {
    const deadRedis = createRedis("redis://127.0.0.1:1", "producer");
    deadRedis.on("error", () => {});
    const deadQueue = createArticlesQueue(deadRedis, { prefix: "marsad-intake-dead" });
    deadQueue.on("error", () => {});
    const onEnqueueError = vi.fn();
    try {
      const results = await submitBatch(
        { db: h.db, queue: deadQueue, onEnqueueError },
        texts("بلا طابور", 3).map((text) => ({ text })),
      );
      const ids = results.map((r) => (r.result === "created" ? r.id : ""));
      expect(ids.every(Boolean)).toBe(true);
      expect(onEnqueueError.mock.calls.map(([id]) => id as string)).toEqual(ids);
      for (const id of ids) expect((await getArticle(h.db, id))?.status).toBe("queued");
      // What the worker's reconciler asks Postgres for: every article queued for longer than it waits.
      await new Promise((r) => setTimeout(r, 20));
      expect(await listStaleArticles(h.db, 10, 10_000)).toEqual(expect.arrayContaining(ids));
    } finally {
      deadRedis.disconnect();
      await deadQueue.close().catch(() => {});
    }
  }, 15_000);
});

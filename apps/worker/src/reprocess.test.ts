import { randomBytes } from "node:crypto";
import { startReprocess, submitArticle } from "@marsad/api/services";
import { createDb, getArticle, getEvent, getExtractionRun, type DbHandle } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { correctFact } from "@marsad/knowledge";
import { createArticlesQueue, createRedis, type ArticlesQueue } from "@marsad/queue";
import { eventArticles, mentions } from "@marsad/schema/tables";
import { count, eq } from "drizzle-orm";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkerEnv } from "./env";
import { createLogger } from "./logger";
import { startWorkerRuntime, type WorkerRuntime } from "./runtime";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const prefix = `marsad-test-${randomBytes(4).toString("hex")}`;

let testDb: TestDatabase;
let handle: DbHandle;
let redis: Redis;
let queue: ArticlesQueue;
let runtime: WorkerRuntime;

async function waitFor<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  handle = createDb(testDb.url);
  redis = createRedis(REDIS_URL, "producer");
  queue = createArticlesQueue(redis, { prefix });
  const env = readWorkerEnv({
    DATABASE_URL: testDb.url,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    WORKER_HEALTH_PORT: "0",
    WORKER_CONCURRENCY: "2",
    RECONCILE_INTERVAL_MS: "600000",
    LOG_LEVEL: "silent",
  });
  runtime = await startWorkerRuntime(env, createLogger(env.LOG_LEVEL));
}, 60_000);

afterAll(async () => {
  await runtime?.close();
  await queue?.obliterate({ force: true }).catch(() => {});
  await queue?.close();
  redis?.disconnect();
  await handle?.close();
  await testDb?.drop();
});

// A fictional report: two invented officers meet in Cairo.
const REPORT = [
  "لقاء عسكري مصري ليبي في القاهرة",
  "استقبل الفريق أول كريم الجبالي رئيس أركان القوات المسلحة المصرية، اليوم الأحد، اللواء سالم العبيدي قائد القوات البرية الليبية، في مقر وزارة الدفاع بالقاهرة.",
  "وبحث الجانبان سبل تعزيز التعاون العسكري بين مصر وليبيا في مجالات التدريب.",
].join("\n");

describe("reprocess run through the worker", () => {
  it("reprocesses a done article (its first job still held by BullMQ), keeps corrections, and finishes the run", async () => {
    const submitted = await submitArticle({ db: handle.db, queue }, { text: REPORT, publishedAt: "2026-03-01" });
    await waitFor(async () => (await getArticle(handle.db, submitted.id))?.status === "done");
    // The first job is kept as completed under the article id; a reprocess job must not collide with it.
    expect(await (await queue.getJob(submitted.id))?.isCompleted()).toBe(true);

    const [link] = await handle.db.select().from(eventArticles).where(eq(eventArticles.articleId, submitted.id));
    const event = await getEvent(handle.db, link!.eventId);
    const guest = event!.participants.find((p) => p.name === "سالم العبيدي")!;
    await correctFact(handle.db, { factType: "participant", eventId: event!.id, entityId: guest.id, action: "reject" });
    const mentionsBefore = (await handle.db.select({ n: count() }).from(mentions))[0]!.n;

    const started = await startReprocess({ db: handle.db, queue }, { scope: "all" });
    expect(started.articleCount).toBe(1);
    const run = await waitFor(async () => {
      const r = await getExtractionRun(handle.db, started.runId);
      return r?.finishedAt ? r : undefined;
    });
    expect(run.progress).toEqual({ queued: 0, processing: 0, done: 1, failed: 0 });

    const article = await getArticle(handle.db, submitted.id);
    expect(article).toMatchObject({ status: "done", attempts: 2, extractionRunId: started.runId });
    expect((await handle.db.select({ n: count() }).from(mentions))[0]!.n).toBe(mentionsBefore);
    const after = await getEvent(handle.db, event!.id);
    expect(after?.participants.map((p) => p.name)).toEqual(["كريم الجبالي"]);
  });
});

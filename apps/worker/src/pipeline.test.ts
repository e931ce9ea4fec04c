import { randomBytes } from "node:crypto";
import { submitArticle } from "@marsad/api/services";
import { createDb, getArticle, insertArticleOnce, type DbHandle } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { createArticlesQueue, createRedis, type ArticlesQueue } from "@marsad/queue";
import { JOB_NAMES } from "@marsad/schema/queue";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWorkerEnv } from "./env";
import { createLogger } from "./logger";
import { reconcileOnce } from "./reconciler";
import { startWorkerRuntime, type WorkerRuntime } from "./runtime";

// Real Postgres (a database of its own) and real Redis (a key prefix of its own) per run.
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

const ARABIC_TEXT = [
  "وزير الدفاع التونسي يبحث مع نظيره الجزائري تعزيز التعاون العسكري",
  "استقبل وزير الدفاع الوطني في تونس العاصمة اليوم نظيره الجزائري في زيارة رسمية تستمر يومين.",
  "وبحث الجانبان سبل تطوير التدريب المشترك وتأمين الحدود بين البلدين.",
].join("\n");

describe("article pipeline: service → queue → worker → Postgres", () => {
  it("stores a submitted article and processes it to done", async () => {
    const submitted = await submitArticle({ db: handle.db, queue }, { text: ARABIC_TEXT, source: "اختبار" });
    expect(submitted).toMatchObject({ status: "queued", created: true });

    const done = await waitFor(async () => {
      const a = await getArticle(handle.db, submitted.id);
      return a?.status === "done" ? a : undefined;
    });
    expect(done.language).toBe("ar");
    expect(done.cleanedText).toContain("وزير الدفاع");
    expect(done.title).toBe("وزير الدفاع التونسي يبحث مع نظيره الجزائري تعزيز التعاون العسكري");
    expect(done.source).toBe("اختبار");
    expect(done.extractorVersion).toBeTruthy();
    expect(done.attempts).toBe(1);
    expect(done.extraction).toMatchObject({ language: "ar" });
  });

  it("returns the existing article for the same text, never a second copy", async () => {
    const text = `${ARABIC_TEXT}\nنسخة للتحقق من التكرار.`;
    const first = await submitArticle({ db: handle.db, queue }, { text });
    const again = await submitArticle({ db: handle.db, queue }, { text: `  ${text.replace(/\n/g, "\n\n")}  ` });
    expect(again).toMatchObject({ id: first.id, created: false });
  });

  it("processes an English article", async () => {
    const text =
      "Army chiefs discuss training\nThe chief of staff of the Jordanian army met a visiting delegation in Amman on Monday to discuss joint training.";
    const { id } = await submitArticle({ db: handle.db, queue }, { text });
    const done = await waitFor(async () => {
      const a = await getArticle(handle.db, id);
      return a?.status === "done" ? a : undefined;
    });
    expect(done.language).toBe("en");
  });

  it("fails a job with a bad payload at once, without retrying", async () => {
    const job = await queue.add(JOB_NAMES.ingestArticle, { articleId: "not-a-uuid" }, { jobId: `bad-${prefix}` });
    const state = await waitFor(async () => ((await job.getState()) === "failed" ? "failed" : undefined));
    expect(state).toBe("failed");
    const reloaded = await queue.getJob(job.id!);
    expect(reloaded?.attemptsMade).toBe(1);
    expect(reloaded?.failedReason).toMatch(/bad ingest-article payload/);
  });

  it("a redelivered job for a done article changes nothing", async () => {
    const { id } = await submitArticle({ db: handle.db, queue }, { text: `${ARABIC_TEXT}\nإعادة التسليم.` });
    const done = await waitFor(async () => {
      const a = await getArticle(handle.db, id);
      return a?.status === "done" ? a : undefined;
    });
    await queue.add(JOB_NAMES.ingestArticle, { articleId: id }, { jobId: `again-${id}` });
    await waitFor(async () => ((await queue.getJob(`again-${id}`))?.finishedOn ? true : undefined));
    const after = await getArticle(handle.db, id);
    expect(after?.attempts).toBe(done.attempts);
    expect(after?.processedAt?.getTime()).toBe(done.processedAt?.getTime());
  });

  it("the reconciler queues an article whose job was lost", async () => {
    // Stored but never queued: what Redis restarting empty leaves behind.
    const { article } = await insertArticleOnce(handle.db, {
      contentHash: `lost-${prefix}`,
      rawText: "Lost job\nThe defence ministers of two neighbouring states met in Rabat to sign a memorandum.",
    });
    const requeued = await reconcileOnce(handle.db, queue, 0);
    expect(requeued).toBeGreaterThanOrEqual(1);
    const done = await waitFor(async () => {
      const a = await getArticle(handle.db, article.id);
      return a?.status === "done" ? a : undefined;
    });
    expect(done.status).toBe("done");
  });

  it("answers /health with the state of Postgres and Redis", async () => {
    const res = await fetch(`http://127.0.0.1:${runtime.healthPort}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "ok", redis: "ok", worker: "ok" });
  });
});

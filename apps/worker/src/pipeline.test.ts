import { submitArticle } from "@marsad/intake";
import { getArticle, insertArticleOnce } from "@marsad/db";
import { JOB_NAMES } from "@marsad/schema/queue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorkerHarness, waitFor, type WorkerHarness } from "./testing/worker-harness";
import { reconcileOnce } from "./reconciler";

// Real Postgres (a database of its own) and real Redis (a key prefix of its own) per run.
let h: WorkerHarness;

beforeAll(async () => {
  h = await startWorkerHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const ARABIC_TEXT = [
  "وزير الدفاع التونسي يبحث مع نظيره الجزائري تعزيز التعاون العسكري",
  "استقبل وزير الدفاع الوطني في تونس العاصمة اليوم نظيره الجزائري في زيارة رسمية تستمر يومين.",
  "وبحث الجانبان سبل تطوير التدريب المشترك وتأمين الحدود بين البلدين.",
].join("\n");

describe("article pipeline: service → queue → worker → Postgres", () => {
  it("stores a submitted article and processes it to done", async () => {
    const submitted = await submitArticle({ db: h.db, queue: h.queue }, { text: ARABIC_TEXT, source: "اختبار" });
    expect(submitted).toMatchObject({ status: "queued", created: true });

    const done = await waitFor(async () => {
      const a = await getArticle(h.db, submitted.id);
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
    const first = await submitArticle({ db: h.db, queue: h.queue }, { text });
    const again = await submitArticle({ db: h.db, queue: h.queue }, { text: `  ${text.replace(/\n/g, "\n\n")}  ` });
    expect(again).toMatchObject({ id: first.id, created: false });
  });

  it("processes an English article", async () => {
    const text =
      "Army chiefs discuss training\nThe chief of staff of the Jordanian army met a visiting delegation in Amman on Monday to discuss joint training.";
    const { id } = await submitArticle({ db: h.db, queue: h.queue }, { text });
    const done = await waitFor(async () => {
      const a = await getArticle(h.db, id);
      return a?.status === "done" ? a : undefined;
    });
    expect(done.language).toBe("en");
  });

  it("fails a job with a bad payload at once, without retrying", async () => {
    const job = await h.queue.add(JOB_NAMES.ingestArticle, { articleId: "not-a-uuid" }, { jobId: `bad-${h.prefix}` });
    const state = await waitFor(async () => ((await job.getState()) === "failed" ? "failed" : undefined));
    expect(state).toBe("failed");
    const reloaded = await h.queue.getJob(job.id!);
    expect(reloaded?.attemptsMade).toBe(1);
    expect(reloaded?.failedReason).toMatch(/bad ingest-article payload/);
  });

  it("a redelivered job for a done article changes nothing", async () => {
    const { id } = await submitArticle({ db: h.db, queue: h.queue }, { text: `${ARABIC_TEXT}\nإعادة التسليم.` });
    const done = await waitFor(async () => {
      const a = await getArticle(h.db, id);
      return a?.status === "done" ? a : undefined;
    });
    await h.queue.add(JOB_NAMES.ingestArticle, { articleId: id }, { jobId: `again-${id}` });
    await waitFor(async () => ((await h.queue.getJob(`again-${id}`))?.finishedOn ? true : undefined));
    const after = await getArticle(h.db, id);
    expect(after?.attempts).toBe(done.attempts);
    expect(after?.processedAt?.getTime()).toBe(done.processedAt?.getTime());
  });

  it("the reconciler queues an article whose job was lost", async () => {
    // Stored but never queued: what Redis restarting empty leaves behind.
    const { article } = await insertArticleOnce(h.db, {
      contentHash: `lost-${h.prefix}`,
      rawText: "Lost job\nThe defence ministers of two neighbouring states met in Rabat to sign a memorandum.",
    });
    const requeued = await reconcileOnce(h.db, h.queue, 0);
    expect(requeued).toBeGreaterThanOrEqual(1);
    const done = await waitFor(async () => {
      const a = await getArticle(h.db, article.id);
      return a?.status === "done" ? a : undefined;
    });
    expect(done.status).toBe("done");
  });

  it("counts on /metrics the CPU it spent extracting, apart from the rest of its work", async () => {
    // Earlier tests of this file processed articles: the counter has grown past zero.
    const text = await (await fetch(`http://127.0.0.1:${h.runtime.healthPort}/metrics`)).text();
    const seconds = Number(/^marsad_extraction_cpu_seconds_total(?:\{[^}]*\})? (\S+)/m.exec(text)?.[1]);
    expect(seconds).toBeGreaterThan(0);
  });

  it("answers /health with the state of Postgres and Redis", async () => {
    const res = await fetch(`http://127.0.0.1:${h.runtime.healthPort}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "ok", redis: "ok", worker: "ok" });
  });
});

import { startReprocess, submitArticle } from "@marsad/intake";
import { getArticle, getEvent, getExtractionRun } from "@marsad/db";
import { correctFact } from "@marsad/knowledge";
import { eventArticles, mentions } from "@marsad/schema/tables";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorkerHarness, waitFor, type WorkerHarness } from "./testing/worker-harness";

let h: WorkerHarness;

beforeAll(async () => {
  h = await startWorkerHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

// A fictional report: two invented officers meet in Cairo.
const REPORT = [
  "لقاء عسكري مصري ليبي في القاهرة",
  "استقبل الفريق أول كريم الجبالي رئيس أركان القوات المسلحة المصرية، اليوم الأحد، اللواء سالم العبيدي قائد القوات البرية الليبية، في مقر وزارة الدفاع بالقاهرة.",
  "وبحث الجانبان سبل تعزيز التعاون العسكري بين مصر وليبيا في مجالات التدريب.",
].join("\n");

describe("reprocess run through the worker", () => {
  it("reprocesses a done article (its first job still held by BullMQ), keeps corrections, and finishes the run", async () => {
    const submitted = await submitArticle({ db: h.db, queue: h.queue }, { text: REPORT, publishedAt: "2026-03-01" });
    await waitFor(async () => (await getArticle(h.db, submitted.id))?.status === "done");
    // The first job is kept as completed under the article id; a reprocess job must not collide with it.
    // BullMQ marks it completed a moment after the article's transaction committed: wait for that.
    expect(await waitFor(async () => (await h.queue.getJob(submitted.id))?.isCompleted())).toBe(true);

    const [link] = await h.db.select().from(eventArticles).where(eq(eventArticles.articleId, submitted.id));
    const event = await getEvent(h.db, link!.eventId);
    const guest = event!.participants.find((p) => p.name === "سالم العبيدي")!;
    await correctFact(h.db, { factType: "participant", eventId: event!.id, entityId: guest.id, action: "reject" });
    const mentionsBefore = (await h.db.select({ n: count() }).from(mentions))[0]!.n;

    const started = await startReprocess({ db: h.db, queue: h.queue }, { scope: "all" });
    expect(started.articleCount).toBe(1);
    const run = await waitFor(async () => {
      const r = await getExtractionRun(h.db, started.runId);
      return r?.finishedAt ? r : undefined;
    });
    expect(run.progress).toEqual({ queued: 0, processing: 0, done: 1, failed: 0 });

    const article = await getArticle(h.db, submitted.id);
    expect(article).toMatchObject({ status: "done", attempts: 2, extractionRunId: started.runId });
    expect((await h.db.select({ n: count() }).from(mentions))[0]!.n).toBe(mentionsBefore);
    const after = await getEvent(h.db, event!.id);
    expect(after?.participants.map((p) => p.name)).toEqual(["كريم الجبالي"]);
  });
});

import {
  claimArticle,
  completeArticle,
  failArticle,
  finishExtractionRunOf,
  getArticle,
  getExtractionRun,
  insertArticleOnce,
  listExtractionRuns,
} from "@marsad/db";
import { reprocessJobId } from "@marsad/queue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startIntakeHarness, type IntakeHarness } from "./testing/intake-harness";
import { startReprocess } from "./reprocess";

let h: IntakeHarness;

beforeAll(async () => {
  h = await startIntakeHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

/** A stored article as a worker left it: done by `version`. */
async function processed(text: string, version: string) {
  const { article } = await insertArticleOnce(h.db, { contentHash: `reprocess-${text}`, rawText: text });
  await claimArticle(h.db, article.id);
  await completeArticle(h.db, article.id, {
    cleanedText: text,
    title: null,
    language: "ar",
    source: null,
    publishedAt: null,
    extraction: null,
    extractorVersion: version,
  });
  return article.id;
}

describe("reprocess runs", () => {
  it("chooses outdated articles, queues one job per article and run, and reads progress from statuses", async () => {
    const old = await Promise.all([processed("مقال قديم أول عن مناورة بحرية", "0.0.1"), processed("مقال قديم ثان عن زيارة", "0.0.1")]);
    const current = await processed("مقال حديث عن اجتماع", "9.9.9");
    const waiting = (await insertArticleOnce(h.db, { contentHash: "reprocess-waiting", rawText: "مقال ينتظر دوره" })).article.id;

    const started = await startReprocess({ db: h.db, queue: h.queue }, { scope: "outdated", extractorVersion: "9.9.9" });
    expect(started).toMatchObject({ articleCount: 2, notQueued: 0 });
    for (const id of old) {
      const job = await h.queue.getJob(reprocessJobId(started.runId, id));
      expect(job?.data).toEqual({ articleId: id, runId: started.runId });
      expect((await getArticle(h.db, id))?.extractionRunId).toBe(started.runId);
    }
    expect((await getArticle(h.db, current))?.extractionRunId).toBeNull();
    expect((await getArticle(h.db, waiting))?.extractionRunId).toBeNull();

    let run = await getExtractionRun(h.db, started.runId);
    expect(run).toMatchObject({ kind: "reprocess", scope: "outdated", extractorVersion: "9.9.9", articleCount: 2, finished: false });
    expect(run?.progress).toEqual({ queued: 2, processing: 0, done: 0, failed: 0 });

    // What the worker does: claim, then finish or fail; the last one stamps the run finished.
    await claimArticle(h.db, old[0]);
    run = await getExtractionRun(h.db, started.runId);
    expect(run?.progress).toEqual({ queued: 1, processing: 1, done: 0, failed: 0 });
    await completeArticle(h.db, old[0], { cleanedText: "x", title: null, language: "ar", source: null, publishedAt: null, extraction: null, extractorVersion: "9.9.9" });
    await finishExtractionRunOf(h.db, old[0]);
    expect((await getExtractionRun(h.db, started.runId))?.finishedAt).toBeNull();
    await claimArticle(h.db, old[1]);
    await failArticle(h.db, old[1], "extractor crashed");
    await finishExtractionRunOf(h.db, old[1]);
    run = await getExtractionRun(h.db, started.runId);
    expect(run?.progress).toEqual({ queued: 0, processing: 0, done: 1, failed: 1 });
    expect(run?.finished).toBe(true);
    expect(run?.finishedAt).toBeInstanceOf(Date);
  });

  it("a run of everything skips articles already waiting; a run that chooses nothing is finished at once", async () => {
    const first = await startReprocess({ db: h.db, queue: h.queue }, { scope: "all", extractorVersion: "9.9.9" });
    // Every done or failed article (the waiting one is left to its own job).
    expect(first.articleCount).toBe(3);
    const second = await startReprocess({ db: h.db, queue: h.queue }, { scope: "all", extractorVersion: "9.9.9" });
    // Nothing was processed in between: the first run's articles are still queued, so none is chosen.
    expect(second.articleCount).toBe(0);
    expect((await getExtractionRun(h.db, second.runId))?.finishedAt).toBeInstanceOf(Date);

    expect((await getExtractionRun(h.db, first.runId))?.progress.queued).toBe(3);
    const runs = await listExtractionRuns(h.db, { limit: 10 });
    expect(runs.map((r) => r.id)).toEqual([second.runId, first.runId, expect.any(String)]);
  });
});

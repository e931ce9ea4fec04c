import { getArticle, listUnmatchedArticles } from "@marsad/db";
import { alerts, matchedArticles } from "@marsad/schema/tables";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AGREEMENT, NEXT_VISIT, PASSING, personNamed, VISIT } from "../testing/watch-articles";
import { watchTools } from "../testing/watch-harness";
import { startWorkerHarness, waitFor, type WorkerHarness } from "../testing/worker-harness";
import { createArticleMatcher } from "./match-article";
import { matchArticles } from "./match-articles";

// Invented: a second Egyptian–Pakistani report, and a note on a book fair that no rule follows.
const TALKS = [
  "محادثات عسكرية بين القاهرة وإسلام آباد",
  "بحث وفد عسكري مصري في إسلام آباد يوم الأحد مع مسؤولين باكستانيين توسيع التدريبات المشتركة بين البلدين.",
  "ويعود الوفد إلى القاهرة نهاية الأسبوع.",
].join("\n");
const FAIR = [
  "معرض للكتاب في مدينة ساحلية",
  "افتتح في مدينة ساحلية معرض للكتاب يضم دور نشر من بلدان عدة، ويستمر عشرة أيام.",
].join("\n");

/** The alerts of these articles, as what they say (ids of rows differ between runs). */
async function alertsOf(h: WorkerHarness, articleIds: string[]) {
  const rows = await h.db.select().from(alerts).where(inArray(alerts.articleId, articleIds));
  return rows
    .map((a) => [a.matchKey, a.articleId, a.eventId, a.kind, a.subject].join(" | "))
    .sort();
}

/** Forgets that these articles were ever matched: their alerts and their record in `matched_articles`. */
async function forgetMatching(h: WorkerHarness, articleIds: string[]) {
  await h.db.delete(alerts).where(inArray(alerts.articleId, articleIds));
  await h.db.delete(matchedArticles).where(inArray(matchedArticles.articleId, articleIds));
}

describe("matching a batch of articles at once", () => {
  let h: WorkerHarness;
  let tools: ReturnType<typeof watchTools>;
  const ids: string[] = [];
  const pairLists: string[] = [];

  beforeAll(async () => {
    h = await startWorkerHarness();
    tools = watchTools(h);
    // He must be known before he can be followed.
    await tools.submitAndMatch(VISIT, "2026-03-01");
    const obeidi = await personNamed(h, "سالم العبيدي");
    const batch = await tools.caller.watchlists.create({
      name: "Batch",
      rules: [
        { kind: "entity", entityId: obeidi, scope: "mentions" },
        { kind: "country-pair", countries: ["EG", "PK"] },
        { kind: "event-type", eventType: "visit" },
      ],
    });
    const again = await tools.caller.watchlists.create({ name: "Pair again", rules: [{ kind: "country-pair", countries: ["EG", "PK"] }] });
    pairLists.push(batch.id, again.id);
    // Stored but left unmatched: the worker takes no matching job while the queue is paused.
    await tools.alertsQueue.pause();
    for (const text of [PASSING, NEXT_VISIT, AGREEMENT, TALKS, FAIR]) {
      const { id } = await tools.caller.articles.submit({ text, publishedAt: "2026-03-03" });
      ids.push(id);
    }
    await waitFor(async () => {
      const statuses = await Promise.all(ids.map(async (id) => (await getArticle(h.db, id))?.status));
      return statuses.every((s) => s === "done");
    }, 60_000);
    await tools.alertsQueue.drain();
  }, 120_000);

  afterAll(async () => {
    await tools?.alertsQueue.resume();
    await tools?.close();
    await h?.close();
  });

  it("stores exactly the alerts that matching the articles one by one stores, and records each as matched", async () => {
    const results = await matchArticles(h.db, tools.alertsQueue, ids);
    const together = await alertsOf(h, ids);
    expect(results.map((r) => r.articleId)).toEqual(ids);
    expect(results.reduce((n, r) => n + r.alerts, 0)).toBe(together.length);
    // The person's visit (his and the type's), his mention in passing, and two reports of the pair
    // (stored once for the two watchlists that follow it).
    expect(together.length).toBeGreaterThanOrEqual(4);
    // Two watchlists follow the pair: its alerts are stored once, and both show them.
    const pairAlerts = together.filter((a) => a.startsWith("pair:EG:PK | "));
    expect(pairAlerts.length).toBeGreaterThanOrEqual(1);
    const shownBy = async (watchlistId: string) =>
      (await tools.caller.alerts.list({ watchlistId, limit: 200 })).items
        .filter((a) => a.rule.kind === "country-pair" && ids.includes(a.articleId))
        .map((a) => a.id)
        .sort();
    const pairShown = await shownBy(pairLists[0]!);
    expect(pairShown).toHaveLength(pairAlerts.length);
    expect(await shownBy(pairLists[1]!)).toEqual(pairShown);
    expect(await listUnmatchedArticles(h.db, { olderThanMs: 0, withinMs: 3600_000 })).toEqual([]);

    // Matched again, together: nothing is new.
    expect((await matchArticles(h.db, tools.alertsQueue, ids)).every((r) => r.alerts === 0)).toBe(true);

    await forgetMatching(h, ids);
    for (const id of ids) await matchArticles(h.db, tools.alertsQueue, [id]);
    expect(await alertsOf(h, ids)).toEqual(together);
  }, 60_000);

  it("one article that fails leaves its batch-mates matched, with their alerts right", async () => {
    const expected = await alertsOf(h, ids);
    await forgetMatching(h, ids);
    const failed: string[] = [];
    const matcher = createArticleMatcher(h.db, tools.alertsQueue, {
      maxSize: ids.length + 1,
      waitMs: 50,
      maxInFlight: 1,
      onBatchFailed: (_error, size) => failed.push(`batch of ${size}`),
    });
    // Not an id Postgres can read: the batch's statements fail, then it alone.
    const outcomes = await Promise.allSettled([...ids.slice(0, 2), "not-an-article", ...ids.slice(2)].map(matcher.run));
    await matcher.drain();
    expect(failed).toEqual([`batch of ${ids.length + 1}`]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled", "fulfilled", "fulfilled"]);
    expect(await alertsOf(h, ids)).toEqual(expected);
    expect(await listUnmatchedArticles(h.db, { olderThanMs: 0, withinMs: 3600_000 })).toEqual([]);
  }, 60_000);
});

import { articleAfterRule, insertArticleOnce, listUnmatchedArticles, ruleShowsAlert } from "@marsad/db";
import { JOB_NAMES, matchArticleJobId } from "@marsad/schema/queue";
import { alertReads, alerts, articles, watchRules } from "@marsad/schema/tables";
import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepUnmatched } from "./alerts/sweep-unmatched";
import { reconcileOnce } from "./reconciler";
import { AGREEMENT, NEXT_VISIT, personNamed, VISIT } from "./testing/watch-articles";
import { watchTools } from "./testing/watch-harness";
import { startWorkerHarness, waitFor, type WorkerHarness } from "./testing/worker-harness";

/** The alerts a rule shows (alerts are stored per match key and shared by the rules of the key). */
const alertsOfRule = async (h: WorkerHarness, ruleId: string) =>
  (
    await h.db
      .select({ alert: alerts })
      .from(watchRules)
      .innerJoin(alerts, ruleShowsAlert)
      .innerJoin(articles, articleAfterRule)
      .where(eq(watchRules.id, ruleId))
  ).map((r) => r.alert);

// Invented: a report on the two states' defence industries, in other words than AGREEMENT's.
const SECOND_AGREEMENT = [
  "باكستان ومصر توسعان شراكتهما في التصنيع العسكري",
  "اتفق وفدان من باكستان ومصر خلال لقاء في إسلام آباد يوم الخميس على خطة لتبادل الخبرات في صيانة الطائرات والعربات المدرعة.",
  "ويلتقي الجانبان مجددا بعد ستة أشهر لمراجعة ما أنجز.",
].join("\n");

/** Articles stored (or waiting) as if their job had run `status`, their clock `ageMs` ago: pending work for a pass. */
async function pendingArticles(h: WorkerHarness, count: number, status: "done" | "queued", ageMs: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = `خبر قصير رقم ${i} عن ${status === "done" ? "معرض للكتاب" : "سباق للدراجات"} في مدينة ساحلية ${Date.now()}`;
    const { article } = await insertArticleOnce(h.db, { rawText: text, contentHash: `pending-${status}-${i}-${Date.now()}` });
    ids.push(article.id);
  }
  await h.db
    .update(articles)
    .set({ status, processedAt: status === "done" ? sql`now()` : null, updatedAt: sql`now() - ${`${ageMs} milliseconds`}::interval` })
    .where(inArray(articles.id, ids));
  return ids;
}

describe("watchlists keep up with what happens around the pipeline", () => {
  let h: WorkerHarness;
  let tools: ReturnType<typeof watchTools>;

  beforeAll(async () => {
    h = await startWorkerHarness();
    tools = watchTools(h);
  }, 60_000);

  afterAll(async () => {
    await tools?.close();
    await h?.close();
  });

  it("an article whose matching job was lost is matched by the reconciler's sweep, once", async () => {
    const list = await tools.caller.watchlists.create({
      name: "Egypt–Pakistan",
      rules: [{ kind: "country-pair", countries: ["EG", "PK"] }],
    });
    const ruleId = list.rules[0]!.id;
    // Redis loses the matching job between the article's commit and its run: the queue holds it
    // paused, and it is dropped from there.
    await tools.alertsQueue.pause();
    const { id } = await tools.caller.articles.submit({ text: AGREEMENT, publishedAt: "2026-03-03" });
    await waitFor(() => tools.alertsQueue.getJob(matchArticleJobId(id)), 60_000);
    await tools.alertsQueue.drain();
    expect(await tools.alertsQueue.getJob(matchArticleJobId(id))).toBeUndefined();
    await tools.alertsQueue.resume();
    expect(await alertsOfRule(h, ruleId)).toEqual([]);
    expect(await listUnmatchedArticles(h.db, { olderThanMs: 0, withinMs: 3600_000 })).toEqual([id]);

    expect(await sweepUnmatched(h.db, tools.alertsQueue, 0)).toEqual({ articles: 1, deliveries: 0 });
    await tools.alertsSettled();
    const stored = await waitFor(async () => {
      const rows = await alertsOfRule(h, ruleId);
      return rows.length > 0 && rows;
    });
    expect(stored.map((a) => a.articleId)).toEqual([id]);
    // Recorded as matched: the next sweep queues nothing, and nothing alerts twice.
    expect(await listUnmatchedArticles(h.db, { olderThanMs: 0, withinMs: 3600_000 })).toEqual([]);
    expect(await sweepUnmatched(h.db, tools.alertsQueue, 0)).toEqual({ articles: 0, deliveries: 0 });
    expect(await alertsOfRule(h, ruleId)).toHaveLength(1);
  }, 120_000);

  it("a rule on an entity merged into another follows the one kept", async () => {
    await tools.submitAndMatch(VISIT, "2026-03-01");
    const obeidi = await personNamed(h, "سالم العبيدي");
    const hamdi = await personNamed(h, "منير الحامدي");
    const list = await tools.caller.watchlists.create({
      name: "Follow-up",
      rules: [
        { kind: "entity", entityId: hamdi, scope: "events" },
        { kind: "event-type", eventType: "visit", personId: hamdi },
      ],
    });
    const ruleId = list.rules.find((r) => r.kind === "entity")!.id;
    expect(list.rules.map((r) => r.label).sort()).toEqual(["visit · منير الحامدي", "منير الحامدي"].sort());

    // An analyst decides the two are one person (for the test's sake) and keeps العبيدي: the rules
    // follow him, and are called by his name.
    await tools.caller.entities.merge({ fromId: hamdi, intoId: obeidi });
    const [rule] = await h.db.select().from(watchRules).where(eq(watchRules.id, ruleId));
    expect(rule).toMatchObject({ entityId: obeidi, matchKey: `entity:${obeidi}`, label: "سالم العبيدي" });
    const labels = (await tools.caller.watchlists.byId({ id: list.id })).rules.map((r) => r.label);
    expect(labels.sort()).toEqual(["visit · سالم العبيدي", "سالم العبيدي"].sort());

    // His next visit, which names only the entity kept, alerts the rule.
    const next = await tools.submitAndMatch(NEXT_VISIT, "2026-03-04");
    const stored = await alertsOfRule(h, ruleId);
    expect(stored.map((a) => [a.articleId, a.kind])).toEqual([[next, "new-event"]]);
  }, 120_000);

  it("deleting the last rule of a key, a watchlist or an article deletes their alerts; a key another watchlist follows keeps them", async () => {
    const list = await tools.caller.watchlists.create({
      name: "Topics",
      rules: [
        { kind: "topic", topic: "training" },
        { kind: "topic", topic: "economy" },
      ],
    });
    const other = await tools.caller.watchlists.create({ name: "Economy too", rules: [{ kind: "topic", topic: "economy" }] });
    const [training, economy] = ["topic:training", "topic:economy"];
    const [a1, a2] = (await h.db.select({ id: articles.id }).from(articles).limit(2)).map((a) => a.id) as [
      string,
      string,
    ];
    const alert = (matchKey: string, articleId: string) => ({ matchKey, articleId, kind: "topic", subject: "topic" });
    await h.db.insert(alerts).values([alert(training, a1), alert(economy, a1), alert(economy, a2)]);
    const stored = async () =>
      (await h.db.select().from(alerts).where(inArray(alerts.matchKey, [training, economy])))
        .map((a) => `${a.matchKey}/${a.articleId}`)
        .sort();

    await tools.caller.watchlists.removeRule({ id: list.id, ruleId: list.rules[0]!.id });
    expect(await stored()).toEqual([`${economy}/${a1}`, `${economy}/${a2}`].sort());
    await h.db.delete(articles).where(eq(articles.id, a2));
    expect(await stored()).toEqual([`${economy}/${a1}`]);
    // The other watchlist still follows the topic: its alerts stay.
    await tools.caller.watchlists.remove({ id: list.id });
    expect(await stored()).toEqual([`${economy}/${a1}`]);
    await tools.caller.watchlists.remove({ id: other.id });
    expect(await stored()).toEqual([]);
  });

  it("an article whose matching job failed for good is matched by the next sweep", async () => {
    const list = await tools.caller.watchlists.create({ name: "Defence industry", rules: [{ kind: "topic", topic: "defense-industry" }] });
    const ruleId = list.rules[0]!.id;
    await tools.alertsQueue.pause();
    const { id } = await tools.caller.articles.submit({ text: SECOND_AGREEMENT, publishedAt: "2026-03-05" });
    await waitFor(() => tools.alertsQueue.getJob(matchArticleJobId(id)), 60_000);
    await tools.alertsQueue.drain();
    // Its matching runs and fails for good (a payload the processor refuses: no retry can help),
    // and BullMQ keeps the failed job under the article's job id.
    await tools.alertsQueue.add(JOB_NAMES.matchArticle, { articleId: id, unexpected: true } as never, { jobId: matchArticleJobId(id), attempts: 1 });
    await tools.alertsQueue.resume();
    await waitFor(async () => (await tools.alertsQueue.getJob(matchArticleJobId(id)))?.isFailed());
    expect(await listUnmatchedArticles(h.db, { olderThanMs: 0, withinMs: 3600_000 })).toContain(id);

    expect((await sweepUnmatched(h.db, tools.alertsQueue, 0)).articles).toBeGreaterThanOrEqual(1);
    const stored = await waitFor(async () => {
      const rows = await alertsOfRule(h, ruleId);
      return rows.length > 0 && rows;
    });
    expect(stored.map((a) => a.articleId)).toEqual([id]);
    await tools.alertsSettled();
    expect(await listUnmatchedArticles(h.db, { olderThanMs: 0, withinMs: 3600_000 })).not.toContain(id);
  }, 120_000);

  it("a pass queues every pending article up to its cap, and the next pass the rest", async () => {
    const pages = { maxPerPass: 100 };
    // Every unmatched article under the cap is queued in one pass, and all get matched.
    const unmatched = await pendingArticles(h, 5, "done", 0);
    expect((await sweepUnmatched(h.db, tools.alertsQueue, 0, pages)).articles).toBe(5);
    await tools.alertsSettled();
    const left = await listUnmatchedArticles(h.db, { olderThanMs: 0, withinMs: 3600_000 });
    expect(left.filter((x) => unmatched.includes(x))).toEqual([]);

    // A cap on one pass says that more wait, and the next pass finds them.
    await tools.alertsQueue.pause();
    const more = await pendingArticles(h, 5, "done", 0);
    expect(await sweepUnmatched(h.db, tools.alertsQueue, 0, { maxPerPass: 3 })).toEqual({ articles: 3, deliveries: 0, more: true });
    await tools.alertsQueue.resume();
    await tools.alertsSettled();
    expect(await sweepUnmatched(h.db, tools.alertsQueue, 0, pages)).toEqual({ articles: 2, deliveries: 0 });
    await tools.alertsSettled();
    expect((await listUnmatchedArticles(h.db, { olderThanMs: 0, withinMs: 3600_000 })).filter((x) => more.includes(x))).toEqual([]);

    // Stale articles (their ingestion job lost) are re-queued in one pass too.
    const stale = await pendingArticles(h, 5, "queued", 3600_000);
    expect(await reconcileOnce(h.db, h.queue, 60_000, pages)).toBe(5);
    await waitFor(async () => {
      const rows = await h.db.select({ status: articles.status }).from(articles).where(inArray(articles.id, stale));
      return rows.every((r) => r.status === "done");
    }, 60_000);
  }, 180_000);

  it("after a merge, a watchlist that followed both entities holds one rule, and its alerts once", async () => {
    const jabali = await personNamed(h, "كريم الجبالي");
    const raza = await personNamed(h, "نديم رضا");
    const list = await tools.caller.watchlists.create({
      name: "Both",
      rules: [
        { kind: "entity", entityId: jabali, scope: "events" },
        { kind: "entity", entityId: raza, scope: "events" },
        { kind: "topic", topic: "economy" },
      ],
    });
    const [jabaliRule, razaRule] = list.rules.map((r) => r.id) as [string, string];
    const article = (await h.db.select({ id: articles.id }).from(articles).limit(1))[0]!.id;
    const [jabaliKey, razaKey] = [`entity:${jabali}`, `entity:${raza}`];
    // Each key holds an alert; one of them the other key holds as well, and the reader read that one.
    await h.db.delete(alerts).where(and(eq(alerts.articleId, article), inArray(alerts.matchKey, [jabaliKey, razaKey])));
    const alert = (matchKey: string, subject: string) => ({ matchKey, articleId: article, kind: "new-event", subject });
    const inserted = await h.db
      .insert(alerts)
      .values([alert(jabaliKey, "event:0:agreement"), alert(razaKey, "event:0:agreement"), alert(razaKey, "event:1:meeting")])
      .returning();
    await h.db.insert(alertReads).values({ reader: "open", watchlistId: list.id, alertId: inserted[1]!.id });

    // An analyst decides the two are one person (for the test's sake).
    await tools.caller.entities.merge({ fromId: raza, intoId: jabali });
    const rules = await h.db.select().from(watchRules).where(eq(watchRules.watchlistId, list.id));
    expect(rules.map((r) => [r.kind, r.matchKey]).sort()).toEqual([
      ["entity", jabaliKey],
      ["topic", "topic:economy"],
    ]);
    // The two rules were made in one statement (same created_at), so either may be the one kept.
    const kept = rules.find((r) => r.kind === "entity")!.id;
    expect([jabaliRule, razaRule]).toContain(kept);
    const held = await h.db.select().from(alerts).where(and(eq(alerts.articleId, article), inArray(alerts.matchKey, [jabaliKey, razaKey])));
    expect(held.map((a) => [a.matchKey, a.subject]).sort()).toEqual([
      [jabaliKey, "event:0:agreement"],
      [jabaliKey, "event:1:meeting"],
    ]);
    // The read mark of the alert that went is now the one kept's.
    const reads = await h.db.select().from(alertReads).where(eq(alertReads.watchlistId, list.id));
    expect(reads.map((r) => r.alertId)).toEqual([inserted[0]!.id]);
  }, 120_000);
});

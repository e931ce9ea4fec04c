import { listUnmatchedArticles } from "@marsad/db";
import { matchArticleJobId } from "@marsad/schema/queue";
import { alerts, articles, watchRules } from "@marsad/schema/tables";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepUnmatched } from "./alerts/sweep-unmatched";
import { AGREEMENT, NEXT_VISIT, personNamed, VISIT } from "./testing/watch-articles";
import { watchTools } from "./testing/watch-harness";
import { startWorkerHarness, waitFor, type WorkerHarness } from "./testing/worker-harness";

const alertsOfRule = (h: WorkerHarness, ruleId: string) =>
  h.db.select().from(alerts).where(eq(alerts.ruleId, ruleId));

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
      rules: [{ kind: "entity", entityId: hamdi, scope: "events" }],
    });
    const ruleId = list.rules[0]!.id;

    // An analyst decides the two are one person (for the test's sake) and keeps العبيدي.
    await tools.caller.entities.merge({ fromId: hamdi, intoId: obeidi });
    const [rule] = await h.db.select().from(watchRules).where(eq(watchRules.id, ruleId));
    expect(rule).toMatchObject({ entityId: obeidi, matchKey: `entity:${obeidi}` });

    // His next visit, which names only the entity kept, alerts the rule.
    const next = await tools.submitAndMatch(NEXT_VISIT, "2026-03-04");
    const stored = await alertsOfRule(h, ruleId);
    expect(stored.map((a) => [a.articleId, a.kind])).toEqual([[next, "new-event"]]);
  }, 120_000);

  it("deleting a rule, a watchlist or an article deletes their alerts", async () => {
    const list = await tools.caller.watchlists.create({
      name: "Topics",
      rules: [
        { kind: "topic", topic: "training" },
        { kind: "topic", topic: "economy" },
      ],
    });
    const [training, economy] = list.rules.map((r) => r.id) as [string, string];
    const [a1, a2] = (await h.db.select({ id: articles.id }).from(articles).limit(2)).map((a) => a.id) as [
      string,
      string,
    ];
    const alert = (ruleId: string, articleId: string) => ({
      watchlistId: list.id,
      ruleId,
      articleId,
      kind: "topic",
      subject: "topic",
      summary: "s",
    });
    await h.db.insert(alerts).values([alert(training, a1), alert(economy, a1), alert(economy, a2)]);
    const ofList = async () =>
      (await h.db.select().from(alerts).where(eq(alerts.watchlistId, list.id)))
        .map((a) => `${a.ruleId}/${a.articleId}`)
        .sort();

    await tools.caller.watchlists.removeRule({ id: list.id, ruleId: training });
    expect(await ofList()).toEqual([`${economy}/${a1}`, `${economy}/${a2}`].sort());
    await h.db.delete(articles).where(eq(articles.id, a2));
    expect(await ofList()).toEqual([`${economy}/${a1}`]);
    await tools.caller.watchlists.remove({ id: list.id });
    expect(await ofList()).toEqual([]);
  });
});

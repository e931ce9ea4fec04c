import { entities, watchlistAlertCounts, watchRules } from "@marsad/schema/tables";
import { inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../use-test-database";
import { countNewAlerts, holdRulesSteady, recountAllWatchlists, recountWatchlists } from "./alert-counters";
import { countUnreadAlerts, listAlerts, markAlertsRead, watchedAlerts } from "./alerts";
import { insertArticleOnce } from "./articles";
import { finishMatching, type NewAlert } from "./watch-matching";
import { deleteWatchRule, followEntityMerge, insertWatchlist, insertWatchRule, listWatchlists, setWatchlistMuted, type WatchViewer } from "./watchlists";

/*
 * The counts behind the unread count must agree with the alerts as the inbox joins them, through
 * every change: each step below compares them with the join itself (`watchedAlerts`, every rule
 * with every alert, as unread counts were computed before the counts existed), for two readers.
 */

const handle = useTestDatabase();
const open: WatchViewer = { reader: "open", userId: null, seesAll: true };
const other: WatchViewer = { reader: "u2", userId: null, seesAll: true };

/** Unread (watchlist, alert) pairs of `viewer` as the join says, per watchlist, and in the inbox (muted left out). */
async function joined(viewer: WatchViewer) {
  const db = handle.db;
  const rows = (await watchedAlerts(db, viewer.reader, undefined)).filter((r) => !r.read);
  const lists = await listWatchlists(db, viewer);
  const muted = new Set(lists.filter((l) => l.muted).map((l) => l.id));
  const perList = Object.fromEntries(lists.map((l) => [l.id, rows.filter((r) => r.watchlistId === l.id).length]));
  const inbox = rows.filter((r) => !muted.has(r.watchlistId)).map((r) => `${r.watchlistId}/${r.id}`);
  return { perList, inbox: inbox.sort() };
}

/** What the counts say: the navigation's count, each watchlist's unread, and the unread inbox. */
async function counted(viewer: WatchViewer) {
  const db = handle.db;
  const lists = await listWatchlists(db, viewer);
  const inbox = (await listAlerts(db, viewer, { unread: true, limit: 200 })).map((r) => `${r.watchlistId}/${r.id}`);
  return { total: await countUnreadAlerts(db, viewer), perList: Object.fromEntries(lists.map((l) => [l.id, l.unread])), inbox: inbox.sort() };
}

async function expectCountsRight() {
  for (const viewer of [open, other]) {
    const truth = await joined(viewer);
    const counts = await counted(viewer);
    expect(counts.perList).toEqual(truth.perList);
    expect(counts.inbox).toEqual(truth.inbox);
    expect(counts.total).toBe(truth.inbox.length);
  }
}

/** Stores an article's alerts as matching does: in one transaction with the counts. */
async function matched(articleId: string, alerts: Array<Omit<NewAlert, "articleId">>) {
  return handle.db.transaction(async (tx) => {
    await holdRulesSteady(tx);
    const stored = await finishMatching(tx, [articleId], alerts.map((a) => ({ ...a, articleId })));
    await countNewAlerts(tx, stored.map((s) => s.id));
    return stored.map((s) => s.id);
  });
}

async function article(hash: string) {
  const { article } = await insertArticleOnce(handle.db, { contentHash: hash, rawText: `نص مختلق ${hash}`, status: "done" });
  return article.id;
}

describe("watchlist alert counts", () => {
  it("stay equal to the alerts the inbox joins through matching, reprocessing, reads, mark all, mute, rule changes and a merge", async () => {
    const db = handle.db;
    const [e1, e2] = await db
      .insert(entities)
      .values([
        { type: "person", canonicalName: "سالم المختلق", nameKey: "سالم المختلق" },
        { type: "person", canonicalName: "سليم المختلق", nameKey: "سليم المختلق" },
      ])
      .returning();
    const entityRule = (id: string, scope: string) => ({ kind: "entity" as const, matchKey: `entity:${id}`, entityId: id, scope, label: id });
    const topicRule = { kind: "topic" as const, matchKey: "topic:economy", topic: "economy", label: "economy" };
    const list = (name: string, rules: Array<Parameters<typeof insertWatchlist>[2][number]>) =>
      insertWatchlist(db, { ownerId: null, name, shared: false, webhookUrl: null, webhookSecret: null }, rules);
    const a = await list("A", [topicRule, entityRule(e1!.id, "mentions")]);
    const b = await list("B", [topicRule]);
    const c = await list("C", [entityRule(e2!.id, "events")]);

    // Matching: the topic alert shows in A and B, the mention in A only.
    const first = await article("counts-1");
    const [topic1, mention1] = await matched(first, [
      { matchKey: "topic:economy", kind: "topic", subject: "topic" },
      { matchKey: `entity:${e1!.id}`, kind: "mention", subject: "mention" },
    ]);
    expect(await countUnreadAlerts(db, open)).toBe(3);
    await expectCountsRight();

    // Reprocessing stores nothing new, so counts nothing.
    expect(await matched(first, [{ matchKey: "topic:economy", kind: "topic", subject: "topic" }])).toEqual([]);
    expect(await countUnreadAlerts(db, open)).toBe(3);
    await expectCountsRight();

    // A named alert read in one watchlist stays unread in the other, and for the other reader.
    expect(await markAlertsRead(db, open, { alertIds: [topic1!], watchlistId: a.id })).toBe(1);
    expect(await markAlertsRead(db, open, { alertIds: [topic1!], watchlistId: a.id })).toBe(0);
    expect(await countUnreadAlerts(db, open)).toBe(2);
    expect(await countUnreadAlerts(db, other)).toBe(3);
    await expectCountsRight();

    // Mark all read: a mark in time; alerts made after it are unread, older ones named again are not marked twice.
    expect(await markAlertsRead(db, open, { watchlistId: a.id })).toBe(1);
    expect(await markAlertsRead(db, open, { alertIds: [mention1!], watchlistId: a.id })).toBe(0);
    const second = await article("counts-2");
    const [topic2] = await matched(second, [{ matchKey: "topic:economy", kind: "topic", subject: "topic" }]);
    expect((await listAlerts(db, open, { watchlistId: a.id, unread: true, limit: 50 })).map((r) => r.id)).toEqual([topic2]);
    // Newest first (the two of the first article were made together).
    const all = (await listAlerts(db, open, { watchlistId: a.id, limit: 50 })).map((r) => [r.id, r.read]);
    expect(all[0]).toEqual([topic2, false]);
    expect(all.slice(1).sort()).toEqual([
      [mention1, true],
      [topic1, true],
    ].sort());
    expect(await countUnreadAlerts(db, open)).toBe(3);
    await expectCountsRight();

    // Muting leaves the count and the inbox, not the watchlist's own count.
    await setWatchlistMuted(db, "open", b.id, true);
    expect(await countUnreadAlerts(db, open)).toBe(1);
    await expectCountsRight();
    await setWatchlistMuted(db, "open", b.id, false);

    // Deleting A's topic rule takes the topic alerts out of A (read or not).
    const topicOfA = (await listWatchlists(db, open, [a.id]))[0]!.rules.find((r) => r.kind === "topic")!;
    expect(await deleteWatchRule(db, a.id, topicOfA.id)).toBe(true);
    expect((await listWatchlists(db, open, [a.id]))[0]!.unread).toBe(0);
    expect(await countUnreadAlerts(db, other)).toBe(3);
    await expectCountsRight();

    // An event of e2 alerts C; merged into e1, it moves to e1's key, and A (following e1's mentions, older than it) shows it too.
    const third = await article("counts-3");
    await matched(third, [{ matchKey: `entity:${e2!.id}`, kind: "new-event", subject: "event:0:visit" }]);
    expect((await listWatchlists(db, open, [a.id, c.id])).map((l) => [l.name, l.unread]).sort()).toEqual([
      ["A", 0],
      ["C", 1],
    ]);
    await db.transaction((tx) => followEntityMerge(tx, e2!.id, e1!.id));
    expect((await listWatchlists(db, open, [a.id, c.id])).map((l) => [l.name, l.unread]).sort()).toEqual([
      ["A", 1],
      ["C", 1],
    ]);
    await expectCountsRight();

    // A rule added now shows nothing older than itself, and counting again changes nothing.
    await insertWatchRule(db, { watchlistId: b.id, ...entityRule(e1!.id, "mentions") });
    await expectCountsRight();
    // A short page is the start of a long one, whether read and unread or only unread (alerts are read a few at a time).
    for (const unread of [false, true]) {
      const full = (await listAlerts(db, open, { unread, limit: 200 })).map((r) => `${r.watchlistId}/${r.id}`);
      for (let limit = 1; limit <= full.length; limit++) {
        expect((await listAlerts(db, open, { unread, limit })).map((r) => `${r.watchlistId}/${r.id}`)).toEqual(full.slice(0, limit));
      }
    }
    const shown = await db.select().from(watchlistAlertCounts).where(inArray(watchlistAlertCounts.watchlistId, [a.id, b.id, c.id]));
    expect(Object.fromEntries(shown.map((s) => [s.watchlistId, s.shown]))).toEqual({ [a.id]: 2, [b.id]: 2, [c.id]: 1 });
  });

  it("count an alert stored while a rule that shows it is being added, whichever transaction counts first", async () => {
    const db = handle.db;
    const d = await insertWatchlist(db, { ownerId: null, name: "D", shared: false, webhookUrl: null, webhookSecret: null }, []);
    let ruleAdded!: () => void;
    const added = new Promise<void>((resolve) => (ruleAdded = resolve));
    let matchingCounted!: () => void;
    const counted = new Promise<void>((resolve) => (matchingCounted = resolve));
    // The rule's transaction starts first (so the rule is older than the article and shows its
    // alert) and counts again only after matching counted without seeing the rule.
    const addingRule = db.transaction(async (tx) => {
      await tx.insert(watchRules).values({ watchlistId: d.id, kind: "topic", matchKey: "topic:race", topic: "race", label: "race" });
      ruleAdded();
      await counted;
      await recountWatchlists(tx, [d.id]);
    });
    await added;
    const articleId = await article("counts-race");
    await db.transaction(async (tx) => {
      await holdRulesSteady(tx);
      const stored = await finishMatching(tx, [articleId], [{ articleId, matchKey: "topic:race", kind: "topic", subject: "topic" }]);
      await countNewAlerts(tx, stored.map((s) => s.id));
      matchingCounted();
      // Time for counting again to run before this commits, were it not held back.
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    await addingRule;
    expect((await listWatchlists(db, open, [d.id]))[0]!.unread).toBe(1);
    await expectCountsRight();
  });

  it("count a batch whose alerts of one key come from articles older and newer than a rule, through two rules of one watchlist", async () => {
    const db = handle.db;
    const [e] = await db.insert(entities).values({ type: "person", canonicalName: "ناصر المختلق", nameKey: "ناصر المختلق" }).returning();
    const key = `entity:${e!.id}`;
    const rule = (scope: string) => ({ kind: "entity" as const, matchKey: key, entityId: e!.id, scope, label: scope });
    const list = (name: string, rules: Array<Parameters<typeof insertWatchlist>[2][number]>) =>
      insertWatchlist(db, { ownerId: null, name, shared: false, webhookUrl: null, webhookSecret: null }, rules);
    const early = await list("early", [rule("mentions")]);
    const both = await list("both", [rule("events")]);
    const older = await article("counts-batch-old");
    // Made after the older article: it shows only what the newer article says.
    const late = await list("late", [rule("mentions")]);
    await insertWatchRule(db, { watchlistId: both.id, ...rule("mentions") });
    const newer = await article("counts-batch-new");
    // One transaction, as a matching batch: the four alerts share their creation time.
    await db.transaction(async (tx) => {
      await holdRulesSteady(tx);
      const drafts = [older, newer].flatMap((articleId) => [
        { articleId, matchKey: key, kind: "mention" as const, subject: "mention" },
        { articleId, matchKey: key, kind: "new-event" as const, subject: "event:0:meeting" },
      ]);
      const stored = await finishMatching(tx, [older, newer], drafts);
      await countNewAlerts(tx, stored.map((s) => s.id));
    });
    const unread = Object.fromEntries((await listWatchlists(db, open, [early.id, both.id, late.id])).map((l) => [l.name, l.unread]));
    // "both": its events rule (older than both articles) shows both events; its mentions rule only the newer mention.
    expect(unread).toEqual({ early: 4, both: 3, late: 2 });
    await expectCountsRight();
  });

  it("are corrected by counting every watchlist again after articles were deleted in SQL", async () => {
    const db = handle.db;
    const e = await topicWatchlist();
    const gone = await article("counts-deleted");
    const kept = await article("counts-kept");
    for (const articleId of [gone, kept]) await matched(articleId, [{ matchKey: "topic:deleted", kind: "topic", subject: "topic" }]);
    expect((await listWatchlists(db, open, [e.id]))[0]!.unread).toBe(2);
    // Read by one reader, so a read count is wrong too once the alert is gone.
    await markAlertsRead(db, other, { watchlistId: e.id });
    await db.execute(sql`delete from articles where id = ${gone}`);
    expect((await listWatchlists(db, open, [e.id]))[0]!.unread).toBe(2);

    const first = await recountAllWatchlists(db);
    expect(first.corrected).toBe(2);
    expect((await listWatchlists(db, open, [e.id]))[0]!.unread).toBe(1);
    await expectCountsRight();
    expect(await recountAllWatchlists(db)).toEqual({ watchlists: first.watchlists, corrected: 0 });
  });
});

/** A watchlist that follows the topic "deleted". */
async function topicWatchlist() {
  return insertWatchlist(
    handle.db,
    { ownerId: null, name: "E", shared: false, webhookUrl: null, webhookSecret: null },
    [{ kind: "topic", matchKey: "topic:deleted", topic: "deleted", label: "deleted" }],
  );
}

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { newFeedSecret, OPEN_ACCESS } from "@marsad/api";
import {
  alerts,
  articleEntities,
  eventArticles,
  eventParticipants,
  events,
  webhookDeliveries,
} from "@marsad/schema/tables";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AGREEMENT,
  NEXT_VISIT,
  OTHER_VISIT,
  PASSING,
  personNamed,
  RABAT_VISIT,
  RABAT_VISIT_AGAIN,
  VISIT,
} from "./testing/watch-articles";
import { startWebhookReceiver, watchTools } from "./testing/watch-harness";
import { startWorkerHarness, type WorkerHarness } from "./testing/worker-harness";

/** (article, event) pairs the knowledge store says the person takes part in, or that involve both states. */
async function expectedPairs(
  h: WorkerHarness,
  articleIds: string[],
  personId: string,
  pair: [string, string],
) {
  const rows = await h.db
    .select({
      articleId: eventArticles.articleId,
      eventId: events.id,
      countries: events.countries,
      hidden: events.hidden,
    })
    .from(eventArticles)
    .innerJoin(events, eq(events.id, eventArticles.eventId))
    .where(inArray(eventArticles.articleId, articleIds));
  const withPerson = new Set(
    (await h.db.select().from(eventParticipants).where(eq(eventParticipants.entityId, personId))).map(
      (p) => p.eventId,
    ),
  );
  const visible = rows.filter((r) => !r.hidden);
  return {
    person: visible
      .filter((r) => withPerson.has(r.eventId))
      .map((r) => `${r.articleId}/${r.eventId}`)
      .sort(),
    pair: visible
      .filter((r) => pair.every((c) => r.countries.includes(c)))
      .map((r) => `${r.articleId}/${r.eventId}`)
      .sort(),
  };
}

/** Follows a person (events only) and Egypt–Pakistan, with a webhook and an Atom feed. */
async function follow(
  h: WorkerHarness,
  tools: ReturnType<typeof watchTools>,
  personId: string,
  webhookUrl: string,
) {
  const list = await tools.caller.watchlists.create({
    name: "Follow-up",
    webhookUrl,
    rules: [
      { kind: "entity", entityId: personId, scope: "events" },
      { kind: "country-pair", countries: ["EG", "PK"] },
    ],
  });
  const secret = await newFeedSecret(h.db, OPEN_ACCESS, list.id);
  const [personRule, pairRule] = list.rules;
  return { list, secret, personRuleId: personRule!.id, pairRuleId: pairRule!.id };
}

/** The alerts of a rule as `article/event`, from the inbox. */
const inboxPairs = (
  items: Array<{ articleId: string; eventId: string | null; ruleLabel: string }>,
  label: string,
) =>
  items
    .filter((a) => a.ruleLabel === label)
    .map((a) => `${a.articleId}/${a.eventId}`)
    .sort();

describe("watchlists through the real worker (invented articles)", () => {
  let h: WorkerHarness;
  let tools: ReturnType<typeof watchTools>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

  beforeAll(async () => {
    h = await startWorkerHarness({ FETCH_ALLOW: "127.0.0.1" });
    tools = watchTools(h);
    receiver = await startWebhookReceiver({ failFirst: true });
  }, 60_000);

  afterAll(async () => {
    await tools?.close();
    await receiver?.close();
    await h?.close();
  });

  it("alerts once per new event in the inbox, the Atom feed and the webhook; never for a passing mention; never again after reprocessing", async () => {
    // He must be known before he can be followed: his first visit, before anyone follows him.
    const first = await tools.submitAndMatch(VISIT, "2026-03-01");
    const obeidi = await personNamed(h, "سالم العبيدي");
    const { list, secret } = await follow(h, tools, obeidi, receiver.url);
    receiver.useSecret(list.webhookSecret!);

    const ids: string[] = [];
    for (const text of [PASSING, NEXT_VISIT, AGREEMENT])
      ids.push(await tools.submitAndMatch(text, "2026-03-03"));
    const [passing, visit, agreement] = ids as [string, string, string];
    const expected = await expectedPairs(h, ids, obeidi, ["EG", "PK"]);
    // The store's reading: the library names him in no event; his visit and the agreement are events.
    const named = await h.db
      .select()
      .from(articleEntities)
      .where(and(eq(articleEntities.articleId, passing), eq(articleEntities.entityId, obeidi)));
    expect(named).toHaveLength(1);
    expect(expected.person.some((p) => p.startsWith(passing))).toBe(false);
    expect(expected.person.some((p) => p.startsWith(visit))).toBe(true);
    expect(expected.pair.some((p) => p.startsWith(agreement))).toBe(true);
    // Nothing about the visit made before he was followed.
    expect(first).not.toBe(visit);

    const inbox = await tools.caller.alerts.list({ limit: 200 });
    expect(inboxPairs(inbox.items, "سالم العبيدي")).toEqual(expected.person);
    expect(inboxPairs(inbox.items, "EG–PK")).toEqual(expected.pair);
    expect(inbox.items.some((a) => a.articleId === passing || a.articleId === first)).toBe(false);
    const total = expected.person.length + expected.pair.length;
    expect(inbox.items).toHaveLength(total);
    expect(inbox.unread).toBe(total);

    const { format, feed } = await tools.readFeed(secret);
    expect(format).toBe("atom");
    expect(feed.items).toHaveLength(total);
    expect(new Set(feed.items.map((i) => i.key))).toEqual(
      new Set(inbox.items.map((a) => `urn:marsad:alert:${a.id}`)),
    );

    // The first POST was answered 500 and retried: every alert arrives once, signed.
    expect(receiver.received.every((r) => r.signed)).toBe(true);
    const hooked = receiver.received.flatMap((r) => r.alertIds).sort();
    expect(hooked).toEqual(inbox.items.map((a) => a.id).sort());
    const deliveries = await h.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.watchlistId, list.id));
    expect(deliveries.every((d) => d.status === "delivered")).toBe(true);
    expect(deliveries.map((d) => d.attempts).sort()).toContain(2);

    // Reading one lowers the count; reprocessing every article alerts nothing again.
    await tools.caller.alerts.markRead({ alertIds: [inbox.items[0]!.id] });
    expect(await tools.caller.alerts.unreadCount()).toBe(total - 1);
    await tools.reprocessAll();
    expect(await h.db.select().from(alerts)).toHaveLength(total);
    expect(receiver.received.flatMap((r) => r.alertIds)).toHaveLength(total);
    expect((await tools.readFeed(secret)).feed.items).toHaveLength(total);
    // The count kept by matching did not move either.
    expect(await tools.caller.alerts.unreadCount()).toBe(total - 1);

    // Muting takes the watchlist out of the inbox and the count; a revoked feed URL stops answering.
    await tools.caller.watchlists.update({ id: list.id, changes: { muted: true } });
    expect(await tools.caller.alerts.unreadCount()).toBe(0);
    await tools.caller.watchlists.update({ id: list.id, changes: { muted: false } });
    expect(await tools.caller.alerts.unreadCount()).toBe(total - 1);
    // Marking the whole watchlist read empties the count and the unread inbox.
    await tools.caller.alerts.markRead({ watchlistId: list.id });
    expect(await tools.caller.alerts.unreadCount()).toBe(0);
    expect((await tools.caller.alerts.list({ limit: 200, unread: true })).items).toEqual([]);
    expect((await tools.caller.alerts.list({ limit: 200 })).items.every((a) => a.read)).toBe(true);
    await tools.caller.watchlists.revokeFeed({ id: list.id });
    await expect(tools.readFeed(secret)).rejects.toThrow(/does not answer/);
  }, 240_000);

  it("an event type with a person alerts for each new report of his events of that type, once; not for another type, another person's visit or a passing mention", async () => {
    const obeidi = await personNamed(h, "سالم العبيدي");
    const list = await tools.caller.watchlists.create({
      name: "His visits",
      rules: [
        { kind: "event-type", eventType: "visit", personId: obeidi },
        { kind: "event-type", eventType: "agreement", personId: obeidi },
      ],
    });
    const [visits, agreements] = list.rules;
    expect(visits).toMatchObject({ kind: "event-type", eventType: "visit", entityId: obeidi, label: "visit · سالم العبيدي" });
    expect(agreements!.label).toBe("agreement · سالم العبيدي");

    const ids: string[] = [];
    for (const text of [RABAT_VISIT, OTHER_VISIT, RABAT_VISIT_AGAIN, PASSING.replace("مكتبة جديدة", "مكتبة أخرى")])
      ids.push(await tools.submitAndMatch(text, "2026-03-04"));
    const [rabat, other, again, passing] = ids as [string, string, string, string];
    // The store's reading: his visit to Rabat (told twice) is his; the other officer's is not.
    const expected = await expectedPairs(h, ids, obeidi, ["EG", "PK"]);
    const visitsOfHis = await h.db
      .select({ articleId: eventArticles.articleId, eventId: events.id })
      .from(eventArticles)
      .innerJoin(events, eq(events.id, eventArticles.eventId))
      .where(and(inArray(eventArticles.articleId, ids), eq(events.type, "visit"), eq(events.hidden, false)));
    const his = visitsOfHis
      .map((r) => `${r.articleId}/${r.eventId}`)
      .filter((p) => expected.person.includes(p))
      .sort();
    expect(his.some((p) => p.startsWith(rabat))).toBe(true);
    expect(his.some((p) => p.startsWith(again))).toBe(true);
    expect(his.some((p) => p.startsWith(other) || p.startsWith(passing))).toBe(false);

    const read = async () => (await tools.caller.alerts.list({ watchlistId: list.id, limit: 200 })).items;
    const items = await read();
    expect(inboxPairs(items, "visit · سالم العبيدي")).toEqual(his);
    expect(items.filter((a) => a.ruleLabel === "agreement · سالم العبيدي")).toEqual([]);
    expect(items).toHaveLength(his.length);
    // The first report made his visit known; the second, joined to it, is a new report of it.
    const eventOf = (articleId: string) => items.find((a) => a.articleId === articleId);
    expect(eventOf(rabat)?.kind).toBe("new-event");
    expect(eventOf(again)).toMatchObject({ kind: "new-report", eventId: eventOf(rabat)!.eventId });

    await tools.reprocessAll();
    expect((await read()).map((a) => a.id).sort()).toEqual(items.map((a) => a.id).sort());
  }, 240_000);
});

// The sample articles and an analyst's reading of them live in ../shared (never in the repo).
const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../shared");
const corpusDir = path.join(shared, "corpus");

describe.skipIf(!existsSync(corpusDir))("watchlists through the real worker (the sample corpus)", () => {
  let h: WorkerHarness;
  let tools: ReturnType<typeof watchTools>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

  beforeAll(async () => {
    h = await startWorkerHarness({ FETCH_ALLOW: "127.0.0.1" });
    tools = watchTools(h);
    receiver = await startWebhookReceiver({ failFirst: false });
  }, 60_000);

  afterAll(async () => {
    await tools?.close();
    await receiver?.close();
    await h?.close();
  });

  it("following صدام حفتر (events) and Egypt–Pakistan, each corpus article alerts exactly for its events, once", async () => {
    // An invented report makes him known, so an analyst can follow him before the corpus arrives.
    await tools.submitAndMatch(
      "وصل الفريق صدام حفتر إلى مدينة بنغازي اليوم قادما من روما في زيارة قصيرة.\nوالتقى خلالها عددا من القادة العسكريين.",
      "2026-01-01",
    );
    const saddam = await personNamed(h, "صدام حفتر");
    const { list, secret } = await follow(h, tools, saddam, receiver.url);
    receiver.useSecret(list.webhookSecret!);

    const ids: string[] = [];
    for (const file of readdirSync(corpusDir)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      ids.push(await tools.submitAndMatch(readFileSync(path.join(corpusDir, file), "utf8")));
    }
    const expected = await expectedPairs(h, ids, saddam, ["EG", "PK"]);
    // His trip to Pakistan, at least, is an event he takes part in.
    expect(expected.person.length).toBeGreaterThanOrEqual(1);

    const inbox = await tools.caller.alerts.list({ limit: 200 });
    expect(inboxPairs(inbox.items, "صدام حفتر")).toEqual(expected.person);
    expect(inboxPairs(inbox.items, "EG–PK")).toEqual(expected.pair);
    // An article naming him in no event of his alerts nothing.
    const alerted = new Set(inbox.items.map((a) => a.articleId));
    for (const id of ids)
      expect(alerted.has(id)).toBe(
        expected.person.some((p) => p.startsWith(id)) || expected.pair.some((p) => p.startsWith(id)),
      );

    const { format, feed } = await tools.readFeed(secret);
    expect(format).toBe("atom");
    expect(feed.items.map((i) => i.key).sort()).toEqual(
      inbox.items.map((a) => `urn:marsad:alert:${a.id}`).sort(),
    );
    expect(receiver.received.flatMap((r) => r.alertIds).sort()).toEqual(inbox.items.map((a) => a.id).sort());
    expect(receiver.received.every((r) => r.signed)).toBe(true);

    await tools.reprocessAll();
    expect((await tools.caller.alerts.list({ limit: 200 })).items).toHaveLength(inbox.items.length);
    expect(receiver.received.flatMap((r) => r.alertIds)).toHaveLength(inbox.items.length);
  }, 300_000);
});

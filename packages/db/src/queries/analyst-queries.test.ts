import {
  articleEntities,
  articles,
  entities,
  eventArticles,
  eventParticipants,
  events,
  sources,
  type EventType,
} from "@marsad/schema/tables";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../use-test-database";
import { countEntityMentionsPerMonth } from "./entity-activity";
import { listEventCountries, listEventTimeline } from "./event-timeline";
import { countArticlesPerDay, countEventsPerDay, getOverview, lastDays, latestEvents } from "./overview";

// Fictional people, places and outlets, written for these tests.
const NOW = new Date("2026-03-20T15:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

const handle = useTestDatabase();
const ids = {} as {
  samer: string;
  raed: string;
  hala: string;
  meeting: string;
  visit: string;
  old: string;
  firstReport: string;
  secondReport: string;
  undated: string;
  undatedArticle: string;
};

async function article(key: string, createdAt: Date, extra: Partial<typeof articles.$inferInsert> = {}) {
  const [row] = await handle.db
    .insert(articles)
    .values({ contentHash: `analyst-${key}`, rawText: `نص تجريبي ${key}`, createdAt, ...extra })
    .returning({ id: articles.id });
  return row!.id;
}

async function person(name: string, country: string) {
  const [row] = await handle.db
    .insert(entities)
    .values({ type: "person", canonicalName: name, nameKey: name, country, mentionCount: 3 })
    .returning({ id: entities.id });
  return row!.id;
}

async function event(
  type: EventType,
  anchorDate: string,
  countries: string[],
  summary: string,
  createdAt = NOW,
) {
  const [row] = await handle.db
    .insert(events)
    .values({ type, date: anchorDate, anchorDate, countries, summary, createdAt })
    .returning({ id: events.id });
  return row!.id;
}

beforeAll(async () => {
  const db = handle.db;

  // Articles: two today, one five days ago (failed), one 40 days ago (outside the window).
  ids.firstReport = await article("a1", new Date(NOW.getTime() - 2 * 60 * 60 * 1000), {
    status: "done",
    title: "لقاء في مدينة النخيل",
    source: "وكالة الواحة",
    publishedAt: "2026-01-13",
  });
  ids.secondReport = await article("a2", new Date(NOW.getTime() - 60 * 60 * 1000), {
    status: "done",
    title: "الحديدي والكرمي يبحثان التدريب",
    publishedAt: "2026-02-02",
  });
  await article("a3", new Date(NOW.getTime() - 5 * DAY), { status: "failed", error: "test" });
  ids.undatedArticle = await article("a4", new Date(NOW.getTime() - 40 * DAY));
  await db.insert(sources).values([
    { name: "وكالة الواحة", nameKey: "وكاله الواحه" },
    { name: "صحيفة الرمال", nameKey: "صحيفه الرمال" },
  ]);

  ids.samer = await person("سامر الحديدي", "EG");
  ids.raed = await person("رائد الكرمي", "JO");
  ids.hala = await person("هالة السعدي", "MA");
  await db.insert(articleEntities).values([
    {
      articleId: ids.firstReport,
      entityId: ids.samer,
      name: "سامر الحديدي",
      rank: "لواء",
      mentionCount: 2,
      extractorVersion: "t",
    },
    {
      articleId: ids.secondReport,
      entityId: ids.samer,
      name: "الحديدي",
      mentionCount: 0,
      extractorVersion: "t",
    },
    // An article with no known publication date: on no month, never on the day it arrived.
    {
      articleId: ids.undatedArticle,
      entityId: ids.samer,
      name: "سامر الحديدي",
      mentionCount: 1,
      extractorVersion: "t",
    },
    {
      articleId: ids.secondReport,
      entityId: ids.raed,
      name: "رائد الكرمي",
      mentionCount: 1,
      extractorVersion: "t",
    },
  ]);

  ids.meeting = await event("meeting", "2026-03-19", ["EG", "JO"], "اجتماع الحديدي والكرمي");
  ids.visit = await event("visit", "2026-03-10", ["EG", "MA"], "زيارة السعدي");
  ids.old = await event("statement", "2025-12-01", ["EG"], "بيان قديم");
  // Undated: neither its text nor its article gives a day; its internal anchor is the arrival day.
  const [undated] = await db
    .insert(events)
    .values({ type: "conference", date: null, anchorDate: "2026-03-20", countries: ["EG"], summary: "مؤتمر بلا تاريخ", createdAt: NOW })
    .returning({ id: events.id });
  ids.undated = undated!.id;
  await db.insert(eventParticipants).values([
    { eventId: ids.meeting, entityId: ids.samer },
    { eventId: ids.meeting, entityId: ids.raed },
    { eventId: ids.visit, entityId: ids.samer },
    { eventId: ids.visit, entityId: ids.hala },
  ]);
  await db.insert(eventArticles).values([
    { eventId: ids.meeting, articleId: ids.firstReport, ordinal: 0, extractorVersion: "t" },
    { eventId: ids.meeting, articleId: ids.secondReport, ordinal: 0, extractorVersion: "t" },
    { eventId: ids.visit, articleId: ids.secondReport, ordinal: 1, extractorVersion: "t" },
  ]);
}, 60_000);

describe("overview", () => {
  it("spans exactly the last N UTC days, ending today", () => {
    const days = lastDays(NOW, 30);
    expect(days).toHaveLength(30);
    expect(days[0]).toBe("2026-02-19");
    expect(days[29]).toBe("2026-03-20");
  });

  it("counts articles per submission day, zero-filling quiet days and leaving out older ones", async () => {
    const perDay = await countArticlesPerDay(handle.db, { now: NOW, days: 30 });
    expect(perDay).toHaveLength(30);
    expect(perDay.find((d) => d.day === "2026-03-20")?.count).toBe(2);
    expect(perDay.find((d) => d.day === "2026-03-15")?.count).toBe(1);
    expect(perDay.reduce((n, d) => n + d.count, 0)).toBe(3);
  });

  it("counts events per day of their known date; an undated event is on no day, not the one it arrived", async () => {
    const perDay = await countEventsPerDay(handle.db, { now: NOW, days: 30 });
    expect(perDay.find((d) => d.day === "2026-03-19")?.count).toBe(1);
    expect(perDay.find((d) => d.day === "2026-03-10")?.count).toBe(1);
    expect(perDay.find((d) => d.day === "2026-03-20")?.count).toBe(0);
    expect(perDay.reduce((n, d) => n + d.count, 0)).toBe(2);
  });

  it("lists the newest events across types, with participants", async () => {
    const latest = await latestEvents(handle.db, 2);
    expect(latest.map((e) => e.id)).toEqual([ids.meeting, ids.visit]);
    expect(latest[0]!.participants.map((p) => p.name).sort()).toEqual(["رائد الكرمي", "سامر الحديدي"]);
    expect((await latestEvents(handle.db, 10)).map((e) => e.id)).toEqual([ids.meeting, ids.visit, ids.old]);
  });

  it("adds up totals and statuses", async () => {
    const overview = await getOverview(handle.db, { now: NOW, days: 30, latest: 10 });
    expect(overview.totals).toEqual({
      articles: 4,
      people: 3,
      events: 4,
      sources: 2,
      articlesByStatus: { queued: 1, processing: 0, done: 2, failed: 1 },
    });
    expect(overview.latestEvents).toHaveLength(3);
    expect(overview.undatedEvents.count).toBe(1);
    expect(overview.undatedEvents.latest.map((e) => [e.id, e.undated])).toEqual([[ids.undated, true]]);
  });
});

describe("countEntityMentionsPerMonth", () => {
  it("groups an entity's mentions by the month of each article's date", async () => {
    const arrived = new Date(NOW.getTime() - 40 * DAY);
    expect(await countEntityMentionsPerMonth(handle.db, ids.samer)).toEqual({
      months: [
        { month: "2026-01", mentions: 2, articles: 1 },
        // An article that names the entity counts at least once, even without stored offsets.
        { month: "2026-02", mentions: 1, articles: 1 },
      ],
      // The article of unknown date is counted apart, with its arrival as a hint — not in its arrival month.
      undated: { mentions: 1, articles: 1, firstArrived: arrived, lastArrived: arrived },
    });
    expect(await countEntityMentionsPerMonth(handle.db, ids.hala)).toEqual({
      months: [],
      undated: { mentions: 0, articles: 0, firstArrived: null, lastArrived: null },
    });
  });
});

describe("listEventTimeline", () => {
  it("filters by a pair of countries: both must be involved", async () => {
    const between = await listEventTimeline(handle.db, { countries: ["eg", "JO"], limit: 50 });
    expect(between.map((e) => e.id)).toEqual([ids.meeting]);
    const egypt = await listEventTimeline(handle.db, { countries: ["EG"], limit: 50 });
    // Dated events newest first, the undated one after them (its anchor is the newest day of all).
    expect(egypt.map((e) => [e.id, e.undated])).toEqual([
      [ids.meeting, false],
      [ids.visit, false],
      [ids.old, false],
      [ids.undated, true],
    ]);
    expect(await listEventTimeline(handle.db, { countries: ["JO", "MA"], limit: 50 })).toEqual([]);
  });

  it("filters by a day range (undated events are in none) and pages by offset", async () => {
    const all = await listEventTimeline(handle.db, { countries: ["EG"], limit: 50 });
    const dated = all.filter((e) => !e.undated);
    const newest = dated[0]!.date!;
    const inRange = await listEventTimeline(handle.db, { countries: ["EG"], from: newest, to: newest, limit: 50 });
    expect(inRange.map((e) => e.id)).toEqual(dated.filter((e) => e.date === newest).map((e) => e.id));
    const page1 = await listEventTimeline(handle.db, { countries: ["EG"], limit: 2 });
    const page2 = await listEventTimeline(handle.db, { countries: ["EG"], limit: 2, offset: 2 });
    expect([...page1, ...page2].map((e) => e.id)).toEqual(all.map((e) => e.id));
  });

  it("filters by type and by participant, and returns participants and source articles", async () => {
    const withHala = await listEventTimeline(handle.db, { personId: ids.hala, limit: 50 });
    expect(withHala.map((e) => e.id)).toEqual([ids.visit]);
    expect(withHala[0]!.articles.map((a) => a.id)).toEqual([ids.secondReport]);
    const meetings = await listEventTimeline(handle.db, { type: "meeting", limit: 50 });
    expect(meetings.map((e) => e.id)).toEqual([ids.meeting]);
    expect(meetings[0]!.articles.map((a) => a.id).sort()).toEqual([ids.firstReport, ids.secondReport].sort());
    expect(meetings[0]!.participants.map((p) => p.id).sort()).toEqual([ids.raed, ids.samer].sort());
  });

  it("lists every state that appears in an event", async () => {
    expect(await listEventCountries(handle.db)).toEqual(["EG", "JO", "MA"]);
  });
});

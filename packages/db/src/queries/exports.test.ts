import { articleEntities, entities, eventArticles, eventParticipants, events } from "@marsad/schema/tables";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../use-test-database";
import { insertArticleOnce } from "./articles";
import { listArticlesForExport, listEventsForExport, listPeopleForExport } from "./exports";
import { withLatestTitles } from "./person-titles";

const handle = useTestDatabase();

// Fictional people and events, written for this test.
beforeAll(async () => {
  const db = handle.db;
  const people = await db
    .insert(entities)
    .values([
      { type: "person", canonicalName: "اللواء وهمي أ", nameKey: "اللواء وهمي ا", country: "EG", mentionCount: 5 },
      { type: "person", canonicalName: "العميد وهمي ب", nameKey: "العميد وهمي ب", country: "JO", mentionCount: 2 },
      { type: "person", canonicalName: "السيد بلا أحداث", nameKey: "السيد بلا احداث", country: "EG", mentionCount: 1 },
    ])
    .returning({ id: entities.id });
  const made = await db
    .insert(events)
    .values([
      { type: "meeting", date: "2026-01-05", anchorDate: "2026-01-05", location: "القاهرة", countries: ["EG", "JO"], summary: "لقاء أول" },
      { type: "visit", date: "2026-02-05", anchorDate: "2026-02-05", location: "عمان", countries: ["EG", "JO"], summary: "زيارة 50% ثانية" },
      // Undated: its internal anchor is the day its report arrived, later than both.
      { type: "meeting", date: null, anchorDate: "2026-03-01", countries: ["EG"], summary: "لقاء بلا تاريخ" },
    ])
    .returning({ id: events.id });
  await db.insert(eventParticipants).values([
    { eventId: made[0]!.id, entityId: people[0]!.id },
    { eventId: made[0]!.id, entityId: people[1]!.id },
    { eventId: made[1]!.id, entityId: people[0]!.id },
    { eventId: made[2]!.id, entityId: people[0]!.id },
  ]);
  const first = (await insertArticleOnce(db, { contentHash: "x1", rawText: "نص أول", source: "وكالة أ", publishedAt: "2026-01-05" })).article;
  const second = (
    await insertArticleOnce(db, { contentHash: "x2", rawText: "نص ثان", source: "وكالة ب", publishedAt: "2026-02-05", status: "failed" })
  ).article;
  // The first meeting reported by both articles, the first one first; the visit by the second only.
  await db.insert(eventArticles).values([
    { eventId: made[0]!.id, articleId: first.id, ordinal: 0, evidence: "جملة اللقاء الأولى", extractorVersion: "t", createdAt: new Date("2026-01-05T10:00:00Z") },
    { eventId: made[0]!.id, articleId: second.id, ordinal: 0, evidence: "جملة اللقاء الثانية", extractorVersion: "t", createdAt: new Date("2026-01-06T10:00:00Z") },
    { eventId: made[1]!.id, articleId: second.id, ordinal: 1, evidence: null, extractorVersion: "t" },
  ]);
  // Person A: a rank in January and a newer rank with no role in February, a role only in January.
  await db.insert(articleEntities).values([
    { articleId: first.id, entityId: people[0]!.id, name: "وهمي أ", rank: "اللواء", role: "قائد المنطقة", extractorVersion: "t" },
    { articleId: second.id, entityId: people[0]!.id, name: "وهمي أ", rank: "الفريق", role: null, extractorVersion: "t" },
    { articleId: first.id, entityId: people[1]!.id, name: "وهمي ب", rank: null, role: null, extractorVersion: "t" },
  ]);
}, 60_000);

describe("listEventsForExport", () => {
  it("lists events newest first with their participants' names", async () => {
    const rows = await listEventsForExport(handle.db, { limit: 10 });
    // Known dates newest first, the undated event after them and marked, whatever its anchor.
    expect(rows.map((r) => [r.summary, r.dateKnown])).toEqual([
      ["زيارة 50% ثانية", true],
      ["لقاء أول", true],
      ["لقاء بلا تاريخ", false],
    ]);
    expect(rows[1]!.participants).toEqual(["العميد وهمي ب", "اللواء وهمي أ"]);
    expect(rows[0]!.participants).toEqual(["اللواء وهمي أ"]);
  });

  it("gives the reporting articles, first report first, and the first report's evidence sentence", async () => {
    const rows = await listEventsForExport(handle.db, { limit: 10 });
    const [visit, meeting, undated] = rows;
    expect(meeting!.articleIds).toHaveLength(2);
    const [firstId, secondId] = meeting!.articleIds;
    expect((await listArticlesForExport(handle.db, { source: "وكالة أ", limit: 1 }))[0]!.id).toBe(firstId);
    expect((await listArticlesForExport(handle.db, { source: "وكالة ب", limit: 1 }))[0]!.id).toBe(secondId);
    expect(meeting!.evidence).toBe("جملة اللقاء الأولى");
    // A report without a sentence gives none; an event nobody reports has no articles.
    expect([visit!.articleIds, visit!.evidence]).toEqual([[secondId], null]);
    expect([undated!.articleIds, undated!.evidence]).toEqual([[], null]);
  });

  it("filters by type, dates and text, taking % literally, and reads one row past the limit", async () => {
    expect((await listEventsForExport(handle.db, { type: "visit", limit: 10 })).map((r) => r.type)).toEqual(["visit"]);
    expect(await listEventsForExport(handle.db, { to: "2026-01-31", limit: 10 })).toHaveLength(1);
    expect(await listEventsForExport(handle.db, { from: "2026-02-10", limit: 10 })).toHaveLength(0);
    expect(await listEventsForExport(handle.db, { q: "50%", limit: 10 })).toHaveLength(1);
    expect(await listEventsForExport(handle.db, { q: "5%0", limit: 10 })).toHaveLength(0);
    expect(await listEventsForExport(handle.db, { limit: 1 })).toHaveLength(2);
  });
});

describe("listPeopleForExport", () => {
  it("counts each person's events, within the date range when one is given", async () => {
    const all = await listPeopleForExport(handle.db, { limit: 10 });
    // First and last events are known dates; the undated one counts but places nobody in time.
    expect(all.map((p) => [p.name, p.eventCount, p.firstEvent, p.lastEvent, p.undatedEventCount])).toEqual([
      ["اللواء وهمي أ", 3, "2026-01-05", "2026-02-05", 1],
      ["العميد وهمي ب", 1, "2026-01-05", "2026-01-05", 0],
      ["السيد بلا أحداث", 0, null, null, 0],
    ]);
    const february = await listPeopleForExport(handle.db, { from: "2026-02-01", limit: 10 });
    expect(february.map((p) => [p.name, p.eventCount, p.firstEvent])).toEqual([["اللواء وهمي أ", 1, "2026-02-05"]]);
    expect((await listPeopleForExport(handle.db, { country: "jo", limit: 10 })).map((p) => p.name)).toEqual(["العميد وهمي ب"]);
  });

  it("gives each person's current rank and role: the latest article that prints each", async () => {
    const all = await listPeopleForExport(handle.db, { limit: 10 });
    expect(all.map((p) => [p.name, p.rank, p.role])).toEqual([
      // The February article's rank; the role only January printed.
      ["اللواء وهمي أ", "الفريق", "قائد المنطقة"],
      ["العميد وهمي ب", null, null],
      ["السيد بلا أحداث", null, null],
    ]);
  });

  it("adds the same rank and role to directory rows of people, and none to other kinds", async () => {
    const [a, b] = await listPeopleForExport(handle.db, { limit: 2 });
    const rows = await withLatestTitles(handle.db, [
      { id: a!.id, type: "person" },
      { id: b!.id, type: "person" },
      // An organization is never given a title, whatever rows name its id.
      { id: a!.id, type: "organization" },
    ]);
    expect(rows.map((r) => [r.type, r.rank, r.role])).toEqual([
      ["person", "الفريق", "قائد المنطقة"],
      ["person", null, null],
      ["organization", null, null],
    ]);
  });
});

describe("listArticlesForExport", () => {
  it("filters by status, source and publication day", async () => {
    await insertArticleOnce(handle.db, { contentHash: "x3", rawText: "نص بلا تاريخ", source: "وكالة ج" });
    expect((await listArticlesForExport(handle.db, { source: "وكالة ج", limit: 10 })).map((a) => [a.publishedAt, a.dateKnown])).toEqual([[null, false]]);
    expect((await listArticlesForExport(handle.db, { status: "failed", limit: 10 })).map((a) => a.text)).toEqual(["نص ثان"]);
    expect((await listArticlesForExport(handle.db, { source: "وكالة أ", limit: 10 })).map((a) => a.text)).toEqual(["نص أول"]);
    expect(await listArticlesForExport(handle.db, { from: "2026-02-01", to: "2026-02-28", limit: 10 })).toHaveLength(1);
  });
});

import { randomUUID } from "node:crypto";
import { insertArticleOnce } from "@marsad/db";
import { useTestDatabase } from "@marsad/db/use-test-database";
import { entities, eventArticles, events } from "@marsad/schema/tables";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { StorableEvent, StorableExtraction, StorableLocation, StorablePerson } from "./extraction-shape";
import { storeArticleKnowledge } from "./store-article-knowledge";

// Invented reports: made-up officers and occasions, in Arabic and in English.

const handle = useTestDatabase();

const person = (name: string, country: string): StorablePerson => ({ name, aliases: [], rank: null, role: null, country, mentions: [] });
const city = (name: string, country: string, lat: number, lon: number): StorableLocation => ({ name, kind: "city", country, lat, lon });

const report = (type: StorableEvent["type"], participants: string[], countries: string[], location: string | null, date: string | null = null): StorableEvent => ({
  type,
  participants,
  countries,
  location,
  date,
  summary: `${type}: ${participants.join(", ")}`,
  evidence: null,
});

let n = 0;
async function store(extraction: Partial<StorableExtraction>, publishedAt: string | null, language: "ar" | "en" = "ar") {
  const text = `مقال مخترع رقم ${++n} invented report ${n}`;
  const { article } = await insertArticleOnce(handle.db, { contentHash: `occasion-${n}`, rawText: text });
  const full: StorableExtraction = { source: null, persons: [], organizations: [], locations: [], events: [], ...extraction };
  await storeArticleKnowledge(handle.db, {
    articleId: article.id,
    extraction: full,
    extractorVersion: "test-1",
    article: { cleanedText: text, title: text, language, source: null, publishedAt, extraction: full },
  });
  return article.id;
}

async function eventsOf(articleId: string) {
  const rows = await handle.db.select({ eventId: eventArticles.eventId, joinedBy: eventArticles.joinedBy, ordinal: eventArticles.ordinal })
    .from(eventArticles)
    .where(eq(eventArticles.articleId, articleId));
  return rows.sort((a, b) => a.ordinal - b.ordinal);
}

describe("one event per occasion", () => {
  it("a host meeting two delegations on one day makes two events, and a third report of one of them joins it", async () => {
    const host = person("رافع الدرويشي", "JO");
    const a = await store({
      persons: [host, person("ماهر البستكي", "OM")],
      locations: [city("عمان", "JO", 31.95, 35.93)],
      events: [report("meeting", ["رافع الدرويشي", "ماهر البستكي"], ["JO", "OM"], "عمان")],
    }, "2031-03-04");
    const b = await store({
      persons: [host, person("نزار القيرواني", "TN")],
      locations: [city("عمان", "JO", 31.95, 35.93)],
      events: [report("meeting", ["رافع الدرويشي", "نزار القيرواني"], ["JO", "TN"], "عمان")],
    }, "2031-03-04");
    const [ea] = await eventsOf(a);
    const [eb] = await eventsOf(b);
    expect(ea!.eventId).not.toBe(eb!.eventId);

    // Another outlet tells the first meeting as a reception the next morning.
    const c = await store({
      persons: [person("ماهر البستكي", "OM"), host],
      locations: [city("عمان", "JO", 31.95, 35.93)],
      events: [report("reception", ["رافع الدرويشي", "ماهر البستكي"], ["JO", "OM"], "عمان")],
    }, "2031-03-05");
    const [ec] = await eventsOf(c);
    expect(ec!.eventId).toBe(ea!.eventId);
    expect(ec!.joinedBy).toMatchObject({ date: "within-1-days", place: "same-place", types: "meeting~reception" });
    expect((ec!.joinedBy as { sharedParticipants: string[] }).sharedParticipants).toHaveLength(2);
  });

  it("an Arabic and an English report of one meeting are one event, its people and city one entity each", async () => {
    const ar = await store({
      persons: [person("كمال الزيتوني", "DZ"), person("دونغ جيان", "CN")],
      locations: [city("بكين", "CN", 39.9, 116.41)],
      events: [report("meeting", ["كمال الزيتوني", "دونغ جيان"], ["CN", "DZ"], "بكين", "2031-05-06")],
    }, "2031-05-07");
    const en = await store({
      persons: [person("Kamal Zitouni", "DZ"), person("Dong Jian", "CN")],
      locations: [city("Beijing", "CN", 39.9, 116.41)],
      events: [report("meeting", ["Dong Jian", "Kamal Zitouni"], ["CN", "DZ"], "Beijing", "2031-05-06")],
    }, "2031-05-06", "en");
    const [e1] = await eventsOf(ar);
    const [e2] = await eventsOf(en);
    expect(e2!.eventId).toBe(e1!.eventId);
    const named = await handle.db.select().from(entities).where(inArray(entities.canonicalName, ["كمال الزيتوني", "Kamal Zitouni", "بكين", "Beijing"]));
    expect(named.map((e) => e.canonicalName).sort()).toEqual(["بكين", "كمال الزيتوني"]);
  });

  it("two events of one article never become one, and an undated report joins only on its people and place", async () => {
    const people = [person("سالم الفرجاني", "LY"), person("عادل المرغني", "SD")];
    const first = await store({
      persons: people,
      locations: [city("الخرطوم", "SD", 15.5, 32.56)],
      events: [
        report("meeting", ["سالم الفرجاني", "عادل المرغني"], ["LY", "SD"], "الخرطوم"),
        report("reception", ["عادل المرغني", "سالم الفرجاني"], ["LY", "SD"], "الخرطوم"),
      ],
    }, "2031-07-01");
    const ids = await eventsOf(first);
    expect(new Set(ids.map((e) => e.eventId)).size).toBe(2);

    // Undated, stored months later: the same two men in the same city.
    const undated = await store({
      persons: people,
      locations: [city("الخرطوم", "SD", 15.5, 32.56)],
      events: [report("meeting", ["عادل المرغني", "سالم الفرجاني"], ["LY", "SD"], "الخرطوم")],
    }, null);
    const [joined] = await eventsOf(undated);
    expect(ids.map((e) => e.eventId)).toContain(joined!.eventId);
    expect(joined!.joinedBy).toMatchObject({ date: "undated" });

    // Undated, one shared man only: another occasion.
    const lone = await store({
      persons: [people[0]!],
      locations: [city("الخرطوم", "SD", 15.5, 32.56)],
      events: [report("meeting", ["سالم الفرجاني"], ["LY", "SD"], "الخرطوم")],
    }, null);
    const [apart] = await eventsOf(lone);
    expect(ids.map((e) => e.eventId)).not.toContain(apart!.eventId);
    const [row] = await handle.db.select().from(events).where(eq(events.id, apart!.eventId));
    expect(row!.date).toBeNull();
  });
});

describe("reports stored at the same moment", () => {
  it("a dated and an undated report of one meeting, stored together, make one event", async () => {
    for (let round = 0; round < 3; round++) {
      const people = [person(`نبيل الحضيري ${round}`, "LY"), person(`ياسين الكافي ${round}`, "TN")];
      const names = people.map((p) => p.name);
      const base = { persons: people, locations: [city("تونس", "TN", 36.81, 10.18)] };
      // Known already, so neither report waits for the other to create them.
      await store(base, "2031-10-20");
      const [dated, undated] = await Promise.all([
        store({ ...base, events: [report("meeting", names, ["LY", "TN"], "تونس", "2031-11-0" + (round + 1))] }, "2031-11-0" + (round + 1)),
        store({ ...base, events: [report("meeting", [...names].reverse(), ["LY", "TN"], "تونس")] }, null),
      ]);
      expect((await eventsOf(undated))[0]!.eventId).toBe((await eventsOf(dated))[0]!.eventId);
    }
  });
});

describe("one identity across scripts", () => {
  it("an organization known in both languages is one entity; a ministry is its state's", async () => {
    await store({ organizations: [{ name: "وزارة الدفاع التركية", country: "TR" }, { name: "الناتو", country: null }] }, "2031-10-01");
    await store({ organizations: [{ name: "Turkish Defense Ministry", country: "TR" }, { name: "NATO", country: null }] }, "2031-10-01", "en");
    await store({ organizations: [{ name: "وزارة الدفاع الأذربيجانية", country: "AZ" }] }, "2031-10-01");
    const orgs = await handle.db.select().from(entities).where(eq(entities.type, "organization"));
    const named = (n: string) => orgs.find((o) => o.canonicalName === n);
    expect(orgs.map((o) => o.canonicalName).sort()).toEqual(["الناتو", "وزارة الدفاع الأذربيجانية", "وزارة الدفاع التركية"]);
    expect(named("وزارة الدفاع التركية")!.nameKey).not.toBe(named("وزارة الدفاع الأذربيجانية")!.nameKey);
  });
});

describe("sites", () => {
  it("a site is stored once whoever the articles credit it to; a generic name stays per state", async () => {
    const site = (name: string, country: string): StorableLocation => ({ name, kind: "site", country });
    await store({ locations: [site("قاعدة الأمير نايف الجوية", "JO"), site("مقر قيادة الأركان", "JO")] }, "2031-12-01");
    await store({ locations: [site("قاعدة الأمير نايف الجوية", "OM"), site("مقر قيادة الأركان", "OM")] }, "2031-12-02");
    await store({ locations: [site("مقر وزارة الدفاع الموريتانية", "SN")] }, "2031-12-03");
    const places = await handle.db.select().from(entities).where(eq(entities.type, "place"));
    expect(places.filter((p) => p.canonicalName === "قاعدة الأمير نايف الجوية")).toHaveLength(1);
    expect(places.filter((p) => p.canonicalName === "مقر قيادة الأركان").map((p) => p.country).sort()).toEqual(["JO", "OM"]);
    expect(places.find((p) => p.canonicalName === "مقر وزارة الدفاع الموريتانية")?.country).toBe("MR");
  });
});

describe("detaching a report", () => {
  it("an analyst detaches a wrongly joined report: it becomes an event of its own, and stays apart when reprocessed", async () => {
    const { correctFact } = await import("../corrections/correct-fact");
    const { getEventCoverage } = await import("@marsad/db");
    const people = [person("هشام القاضي", "MA"), person("توفيق البناني", "MR")];
    const extraction = {
      persons: people,
      locations: [city("الرباط", "MA", 34.02, -6.83)],
      events: [report("meeting", ["هشام القاضي", "توفيق البناني"], ["MA", "MR"], "الرباط", "2031-09-02")],
    };
    const first = await store(extraction, "2031-09-02");
    const second = await store(extraction, "2031-09-03");
    const [e1] = await eventsOf(first);
    const [e2] = await eventsOf(second);
    expect(e2!.eventId).toBe(e1!.eventId);
    const coverage = await getEventCoverage(handle.db, e1!.eventId, 3);
    expect(coverage.find((c) => c.articleId === second)?.joinedBy).toMatchObject({ date: "same-day", place: "same-place" });

    const correction = await correctFact(handle.db, { factType: "report", eventId: e1!.eventId, articleId: second, action: "reject", note: "another meeting" });
    expect(correction).toMatchObject({ factType: "report", action: "reject", articleId: second });
    const [detached] = await eventsOf(second);
    expect(detached!.eventId).not.toBe(e1!.eventId);
    expect(detached!.joinedBy).toBeNull();

    // Reprocessing (the store run again from the same extraction) keeps it apart.
    await storeArticleKnowledge(handle.db, {
      articleId: second,
      extraction: { source: null, organizations: [], ...extraction },
      extractorVersion: "test-2",
      article: { cleanedText: "x", title: "x", language: "ar", source: null, publishedAt: "2031-09-03", extraction: null },
    });
    const [again] = await eventsOf(second);
    expect(again!.eventId).not.toBe(e1!.eventId);
    expect((await eventsOf(first))[0]!.eventId).toBe(e1!.eventId);

    // A detach names a report the event has.
    await expect(correctFact(handle.db, { factType: "report", eventId: e1!.eventId, articleId: randomUUID(), action: "reject" })).rejects.toThrow(
      /does not report this event|no such article/,
    );
  });
});

import { startReprocess, submitArticle } from "@marsad/intake";
import { countEventsPerDay, getArticle, getEntityProfile, getEvent, getExtractionRun, listEvents, type Db } from "@marsad/db";
import { correctFact } from "@marsad/knowledge";
import { articleEntities, articles, entities, eventArticles, events } from "@marsad/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorkerHarness, waitFor, type WorkerHarness } from "./testing/worker-harness";

let h: WorkerHarness;

beforeAll(async () => {
  h = await startWorkerHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

// Invented reports about invented officers; only the capitals are real.
const TEXTS = {
  older: [
    "قائد القوات البرية يتفقد وحدات التدريب",
    "تفقد اللواء الركن سامي الفاخوري قائد القوات البرية الأردنية وحدات التدريب في الزرقاء، والتقى بقادة الوحدات.",
  ].join("\n"),
  newer: [
    "رئيس الأركان يستقبل وفدا إيطاليا",
    "استقبل الفريق سامي الفاخوري رئيس هيئة الأركان المشتركة الأردنية في عمان وفدا عسكريا إيطاليا برئاسة الجنرال ماركو بيانكي.",
  ].join("\n"),
  undated: [
    "لقاء عسكري أردني إيطالي",
    "التقى العميد سامي الفاخوري قائد لواء المدرعات الأردني في الزرقاء الجنرال لوكا روسيني قائد البعثة الإيطالية.",
  ].join("\n"),
  relative: [
    "لقاء عسكري في الرباط",
    "استقبل الفريق أول يوسف الحسناوي في الرباط، أمس الأحد 11 يناير 2026، الأدميرال باولو فيرّاري قائد البحرية الإيطالية.",
  ].join("\n"),
  submitterDated: [
    "مباحثات عسكرية في تونس",
    "استقبل الفريق أول منير الدريدي رئيس أركان الجيش التونسي في تونس الجنرال كارلو موريتي قائد البعثة الإيطالية.",
  ].join("\n"),
};

async function submitAndWait(text: string, publishedAt?: string) {
  const { id } = await submitArticle({ db: h.db, queue: h.queue }, publishedAt ? { text, publishedAt } : { text });
  await waitFor(async () => (await getArticle(h.db, id))?.status === "done");
  return id;
}

async function eventsOf(db: Db, articleId: string) {
  const links = await db.select({ eventId: eventArticles.eventId }).from(eventArticles).where(eq(eventArticles.articleId, articleId));
  return Promise.all(links.map(async (l) => (await getEvent(db, l.eventId))!));
}

async function personNamed(name: string) {
  const rows = await h.db.select().from(entities).where(and(eq(entities.type, "person"), eq(entities.canonicalName, name)));
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe("dates that say what they know, through the worker", () => {
  let ids: Record<"newer" | "undated" | "older", string>;

  beforeAll(async () => {
    // They arrive out of order, all today: the newer report first, the older one last.
    const newer = await submitAndWait(TEXTS.newer, "2026-01-10");
    const undated = await submitAndWait(TEXTS.undated);
    const older = await submitAndWait(TEXTS.older, "2025-06-01");
    ids = { newer, undated, older };
  }, 60_000);

  it("an undated article's events are undated, not on the day it arrived", async () => {
    const article = await getArticle(h.db, ids.undated);
    expect([article?.publishedAt, article?.publishedSource]).toEqual([null, null]);
    const [event] = await eventsOf(h.db, ids.undated);
    expect(event).toBeDefined();
    expect([event!.date, event!.dateSource, event!.undated]).toEqual([null, null, true]);

    // Three events arrived today, none of them happened today: the chart of days shows none.
    const perDay = await countEventsPerDay(h.db, { now: new Date(), days: 30 });
    expect(perDay.reduce((n, d) => n + d.count, 0)).toBe(0);
    // Lists put it after every dated event, though it arrived before the older report.
    const listed = await listEvents(h.db, { limit: 50 });
    expect(listed.items.at(-1)?.id).toBe(event!.id);
    expect(listed.items.filter((e) => e.undated).map((e) => e.id)).toEqual([event!.id]);
  });

  it("an event the text does not date takes its article's publication date, and says so", async () => {
    const [event] = await eventsOf(h.db, ids.newer);
    expect([event!.date, event!.dateSource, event!.undated]).toEqual(["2026-01-10", "publication", false]);
    expect((await getArticle(h.db, ids.newer))?.publishedSource).toBe("submitter");
  });

  it("a relative day word beside a printed date tells the publication date; the event keeps its own", async () => {
    const id = await submitAndWait(TEXTS.relative);
    const article = await getArticle(h.db, id);
    expect([article?.publishedAt, article?.publishedSource]).toEqual(["2026-01-12", "inferred"]);
    const [event] = await eventsOf(h.db, id);
    expect([event!.date, event!.dateSource]).toEqual(["2026-01-11", "text"]);
  });

  it("a profile shows the career in order of known dates, the promotion marked, the undated title apart", async () => {
    const person = await personNamed("سامي الفاخوري");
    const profile = (await getEntityProfile(h.db, person.id))!;
    expect(profile.titles.map((t) => [t.rank, t.rankKey, t.firstSeen, t.promotion])).toEqual([
      ["اللواء الركن", "major-general", "2025-06-01", false],
      ["الفريق", "lieutenant-general", "2026-01-10", true],
    ]);
    expect(profile.undatedTitles.map((t) => [t.rank, t.rankKey, t.articleIds])).toEqual([["العميد", "brigadier-general", [ids.undated]]]);
    // The profile's articles: known dates newest first, the undated one after them.
    expect(profile.articles.map((a) => [a.id, a.undated])).toEqual([
      [ids.newer, false],
      [ids.older, false],
      [ids.undated, true],
    ]);
  });
});

describe("pnpm marsad reprocess --outdated brings a stored archive to the date and rank rules", () => {
  it("dates an event from its article, fills the rank ladder, and keeps the analysts' corrections", async () => {
    const id = await submitAndWait(TEXTS.submitterDated, "2026-02-03");
    const [event] = await eventsOf(h.db, id);
    const host = await personNamed("منير الدريدي");
    const guest = event!.participants.find((p) => p.name === "كارلو موريتي")!;
    await correctFact(h.db, { factType: "participant", eventId: event!.id, entityId: guest.id, action: "reject" });
    await correctFact(h.db, { factType: "title", articleId: id, entityId: host.id, action: "edit", value: { rank: "المشير" } });

    // The archive as extractor 0.2.x left it: no date origin, events dated only by their text,
    // printed ranks without a ladder step.
    await h.db.update(articles).set({ publishedSource: null, extractorVersion: "0.2.1" }).where(eq(articles.id, id));
    await h.db.update(events).set({ date: null, dateSource: null }).where(eq(events.id, event!.id));
    await h.db.update(articleEntities).set({ rankKey: null, rankGrade: null }).where(eq(articleEntities.articleId, id));

    const started = await startReprocess({ db: h.db, queue: h.queue }, { scope: "outdated" });
    expect(started.articleCount).toBe(1);
    await waitFor(async () => (await getExtractionRun(h.db, started.runId))?.finishedAt);

    const article = await getArticle(h.db, id);
    expect([article?.publishedAt, article?.publishedSource]).toEqual(["2026-02-03", "submitter"]);
    const after = await getEvent(h.db, event!.id);
    expect([after?.date, after?.dateSource]).toEqual(["2026-02-03", "publication"]);
    expect(after?.participants.map((p) => p.name)).not.toContain("كارلو موريتي");
    const [title] = await h.db
      .select({ rank: articleEntities.rank, rankKey: articleEntities.rankKey, rankGrade: articleEntities.rankGrade })
      .from(articleEntities)
      .where(and(eq(articleEntities.articleId, id), eq(articleEntities.entityId, host.id)));
    expect(title).toEqual({ rank: "المشير", rankKey: "field-marshal", rankGrade: 10 });
    // Nothing else was outdated.
    const [{ n }] = (await h.db.execute(sql`select count(*)::int as n from articles where extractor_version is distinct from ${article!.extractorVersion}`)) as unknown as [{ n: number }];
    expect(n).toBe(0);
  });
});

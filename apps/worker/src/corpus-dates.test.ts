import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { submitArticle } from "@marsad/intake";
import { countEventsPerDay, getArticle, getEntityProfile } from "@marsad/db";
import { nameKey } from "@marsad/knowledge";
import { articles, entities, entityAliases, eventArticles, events } from "@marsad/schema/tables";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorkerHarness, type WorkerHarness } from "./testing/worker-harness";

// The sample and development articles live in ../shared (never in the repo). They are loaded as a
// new analyst did in issue 15: every file submitted as it is, with no date given.
const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../shared");
const dirs = [path.join(shared, "corpus"), path.join(shared, "devset", "articles")];
const present = dirs.every((d) => existsSync(d));

let h: WorkerHarness;
let today: string;

beforeAll(async () => {
  if (!present) return;
  h = await startWorkerHarness({ WORKER_CONCURRENCY: "4" });
  today = new Date().toISOString().slice(0, 10);
  const ids: string[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
      ids.push((await submitArticle({ db: h.db, queue: h.queue }, { text: readFileSync(path.join(dir, file), "utf8") })).id);
    }
  }
  const until = Date.now() + 120_000;
  for (;;) {
    const states = await Promise.all(ids.map(async (id) => (await getArticle(h.db, id))?.status));
    if (states.every((s) => s === "done" || s === "failed")) break;
    if (Date.now() > until) throw new Error(`articles not processed in time: ${states.join(",")}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}, 180_000);

afterAll(async () => {
  await h?.close();
});

describe.skipIf(!present)("the sample and development articles loaded without dates", () => {
  it("an article's publication date is one its text gives, said how; the others have none", async () => {
    const rows = await h.db.select({ publishedAt: articles.publishedAt, source: articles.publishedSource }).from(articles);
    for (const r of rows) expect(r.publishedAt === null).toBe(r.source === null);
    expect(rows.every((r) => r.source === null || ["stated", "hijri", "inferred"].includes(r.source))).toBe(true);
    expect(rows.some((r) => r.publishedAt === null)).toBe(true);
  });

  it("no event is placed on the day the articles arrived: its date is its text's or a report's publication date, else none", async () => {
    const stored = await h.db.select().from(events);
    expect(stored.length).toBeGreaterThan(0);
    const reports = await h.db
      .select({ eventId: eventArticles.eventId, publishedAt: articles.publishedAt })
      .from(eventArticles)
      .innerJoin(articles, eq(articles.id, eventArticles.articleId));
    for (const e of stored) {
      if (e.date === null) expect(e.dateSource).toBeNull();
      else if (e.dateSource === "publication") expect(reports.filter((r) => r.eventId === e.id).map((r) => r.publishedAt)).toContain(e.date);
      else expect(e.dateSource).toBe("text");
    }
    expect(stored.some((e) => e.date === null)).toBe(true);
    expect((await countEventsPerDay(h.db, { now: new Date(), days: 1 }))[0]).toEqual({ day: today, count: 0 });
  });

  it("Saddam Haftar's career reads in order of known dates; titles from undated articles stand apart", async () => {
    const [saddam] = await h.db
      .selectDistinct({ id: entities.id })
      .from(entities)
      .innerJoin(entityAliases, eq(entityAliases.entityId, entities.id))
      .where(and(eq(entities.type, "person"), isNull(entities.mergedInto), eq(entityAliases.aliasKey, nameKey("صدام حفتر"))));
    const profile = (await getEntityProfile(h.db, saddam!.id))!;
    const firstSeen = profile.titles.map((t) => t.firstSeen);
    expect(firstSeen).toEqual([...firstSeen].sort());
    expect(firstSeen).not.toContain(today);
    expect(profile.undatedTitles.length).toBeGreaterThan(0);
    const undatedArticles = new Set(profile.articles.filter((a) => a.undated).map((a) => a.id));
    for (const t of profile.undatedTitles) for (const id of t.articleIds) expect(undatedArticles.has(id)).toBe(true);
    // The printed ranks are evidence; every one of them sits on the ladder.
    for (const t of [...profile.titles, ...profile.undatedTitles]) if (t.rank) expect(t.rankKey).not.toBeNull();
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { submitArticle } from "@marsad/intake";
import { getArticle } from "@marsad/db";
import { nameKey } from "@marsad/knowledge";
import { articleEntities, entities, entityAliases, eventArticles, eventParticipants, events } from "@marsad/schema/tables";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorkerHarness, type WorkerHarness } from "./testing/worker-harness";

// The five sample articles and an analyst's reading of them live in ../shared (never in the repo).
const shared = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../shared");
const corpusDir = path.join(shared, "corpus");
const goldDir = path.join(shared, "gold");
const present = existsSync(corpusDir) && existsSync(goldDir);

interface Gold {
  published: string | null;
  events: Array<{ date: string | null }>;
}

let h: WorkerHarness;

beforeAll(async () => {
  if (!present) return;
  h = await startWorkerHarness({ WORKER_CONCURRENCY: "4" });

  // Submitted as an analyst would: with the date they know the article by — printed, else the
  // first dated event in their reading, else the day the undated reports reached them (the day
  // after the Cairo visit) — so that reports of one meeting can be matched in time.
  const ids: string[] = [];
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort()) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, file.replace(/\.txt$/, ".json")), "utf8")) as Gold;
    const publishedAt = gold.published ?? gold.events.find((e) => e.date)?.date ?? "2026-01-12";
    const text = readFileSync(path.join(corpusDir, file), "utf8");
    ids.push((await submitArticle({ db: h.db, queue: h.queue }, { text, publishedAt })).id);
  }
  const until = Date.now() + 60_000;
  for (;;) {
    const states = await Promise.all(ids.map(async (id) => (await getArticle(h.db, id))?.status));
    if (states.every((s) => s === "done" || s === "failed")) break;
    if (Date.now() > until) throw new Error(`corpus not processed in time: ${states.join(",")}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}, 120_000);

afterAll(async () => {
  await h?.close();
});

async function personsNamed(name: string) {
  const rows = await h.db
    .selectDistinct({ id: entities.id })
    .from(entities)
    .innerJoin(entityAliases, eq(entityAliases.entityId, entities.id))
    .where(and(eq(entities.type, "person"), isNull(entities.mergedInto), eq(entityAliases.aliasKey, nameKey(name))));
  return rows.map((r) => r.id);
}

describe.skipIf(!present)("the five sample articles, linked", () => {
  it("Saddam Haftar is one person, named in all five articles, with his different ranks and roles", async () => {
    const saddam = await personsNamed("صدام حفتر");
    expect(saddam).toHaveLength(1);
    const seen = await h.db.select().from(articleEntities).where(eq(articleEntities.entityId, saddam[0]!));
    expect(seen).toHaveLength(5);
    const titles = new Set(seen.map((s) => `${s.rank ?? ""}|${s.role ?? ""}`));
    expect(titles.size).toBeGreaterThanOrEqual(3);
  });

  it("people who share a name token stay apart", async () => {
    const [saddam, ahmed, khalifa, khaled] = await Promise.all(
      ["صدام حفتر", "أحمد خليفة", "خليفة حفتر", "خالد حفتر"].map(personsNamed),
    );
    for (const group of [saddam, ahmed, khalifa, khaled]) expect(group).toHaveLength(1);
    expect(new Set([saddam![0], ahmed![0], khalifa![0], khaled![0]]).size).toBe(4);
  });

  it("the Cairo meeting reported by two outlets is one event with two sources", async () => {
    const [saddam] = await personsNamed("صدام حفتر");
    const meetings = await h.db
      .select({ id: events.id, articleCount: events.articleCount })
      .from(events)
      .innerJoin(eventParticipants, eq(eventParticipants.eventId, events.id))
      // A meeting and a reception of the same people on one day are one occasion (either may be stored).
      .where(and(inArray(events.type, ["meeting", "reception"]), eq(eventParticipants.entityId, saddam!)));
    const shared = meetings.filter((m) => m.articleCount >= 2);
    expect(shared.length).toBeGreaterThanOrEqual(1);
    const sources = await h.db
      .selectDistinct({ articleId: eventArticles.articleId })
      .from(eventArticles)
      .where(inArray(eventArticles.eventId, shared.map((m) => m.id)));
    expect(sources.length).toBeGreaterThanOrEqual(2);
  });
});

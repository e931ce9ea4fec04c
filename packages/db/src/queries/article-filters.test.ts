import { searchTerms } from "@marsad/extract/text";
import { articleEntities, articleSearch, articles, articleTopics, entities, eventArticles, events } from "@marsad/schema/tables";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../use-test-database";
import { insertArticleOnce, listArticles } from "./articles";
import { searchArticlesFiltered } from "./search-filtered";

const handle = useTestDatabase();
const ids: Record<"cairo" | "rabat" | "bread", string> = { cairo: "", rabat: "", bread: "" };
let person = "";

async function article(text: string, fields: { source: string; publishedAt: string }) {
  const { article: row } = await insertArticleOnce(handle.db, { contentHash: `h-${text}`, rawText: text, ...fields });
  await handle.db.update(articles).set({ status: "done", cleanedText: text }).where(eq(articles.id, row.id));
  await handle.db
    .insert(articleSearch)
    .values({ articleId: row.id, createdAt: row.createdAt, vector: sql`strip(to_tsvector('simple', ${searchTerms(text)}))` });
  return row.id;
}

async function entity(type: "person" | "country", name: string, country: string) {
  const [row] = await handle.db
    .insert(entities)
    .values({ type, canonicalName: name, nameKey: name, country })
    .returning({ id: entities.id });
  return row!.id;
}

const link = (articleId: string, entityId: string, name: string) =>
  handle.db.insert(articleEntities).values({ articleId, entityId, name, extractorVersion: "test" });

beforeAll(async () => {
  // Invented articles and people.
  ids.cairo = await article("استقبل وزير الدفاع في القاهرة الفريق سالم الوادي لبحث التعاون العسكري", { source: "وكالة أ", publishedAt: "2026-01-10" });
  ids.rabat = await article("عقد الفريق سالم الوادي اجتماعاً مع قادة القوات البحرية في الرباط", { source: "وكالة ب", publishedAt: "2026-02-20" });
  ids.bread = await article("ارتفعت أسعار الخبز في الأسواق المحلية", { source: "وكالة أ", publishedAt: "2026-03-01" });
  const egypt = await entity("country", "مصر", "EG");
  person = await entity("person", "سالم الوادي", "LY");
  await link(ids.cairo, egypt, "مصر");
  await link(ids.cairo, person, "سالم الوادي");
  await link(ids.rabat, person, "سالم الوادي");
  const [meeting] = await handle.db
    .insert(events)
    .values({ type: "meeting", anchorDate: "2026-02-20", summary: "اجتماع", countries: ["MA"] })
    .returning({ id: events.id });
  await handle.db.insert(eventArticles).values({ eventId: meeting!.id, articleId: ids.rabat, ordinal: 0, extractorVersion: "test" });
  await handle.db.insert(articleTopics).values([
    { articleId: ids.cairo, topic: "military-cooperation" },
    { articleId: ids.rabat, topic: "maritime-security" },
    { articleId: ids.bread, topic: "economy" },
  ]);
}, 60_000);

const found = async (filter: Parameters<typeof listArticles>[1]) =>
  (await listArticles(handle.db, filter)).items.map((a) => a.id).sort();

describe("listArticles filters", () => {
  it("filters by text, source, country, person, event type and publication range", async () => {
    expect(await found({ limit: 10, q: "بالقاهرة" })).toEqual([ids.cairo]);
    expect(await found({ limit: 10, source: "وكالة أ" })).toEqual([ids.cairo, ids.bread].sort());
    expect(await found({ limit: 10, country: "eg" })).toEqual([ids.cairo]);
    expect(await found({ limit: 10, personId: person })).toEqual([ids.cairo, ids.rabat].sort());
    expect(await found({ limit: 10, eventType: "meeting" })).toEqual([ids.rabat]);
    expect(await found({ limit: 10, topic: "economy" })).toEqual([ids.bread]);
    expect(await found({ limit: 10, from: "2026-02-01", to: "2026-02-28" })).toEqual([ids.rabat]);
    expect(await found({ limit: 10, personId: person, source: "وكالة ب" })).toEqual([ids.rabat]);
  });

  it("pages through oldest first as well as newest first", async () => {
    const oldest = await listArticles(handle.db, { limit: 2, sort: "oldest" });
    expect(oldest.items.map((a) => a.id)).toEqual([ids.cairo, ids.rabat]);
    const rest = await listArticles(handle.db, { limit: 2, sort: "oldest", cursor: oldest.nextCursor! });
    expect(rest.items.map((a) => a.id)).toEqual([ids.bread]);
    expect((await listArticles(handle.db, { limit: 1 })).items[0]?.id).toBe(ids.bread);
  });
});

describe("searchArticlesFiltered (the Articles page's search)", () => {
  it("counts the matches, ranks the best first and gives each its snippet and publication date", async () => {
    // Every word must match: only the Rabat report names the navy.
    const result = await searchArticlesFiltered(handle.db, { q: "الوادي البحرية", limit: 10 });
    expect(result.total).toBe(1);
    expect(result.items.map((h) => h.id)).toEqual([ids.rabat]);
    const all = await searchArticlesFiltered(handle.db, { q: "سالم", limit: 1 });
    expect(all.total).toBe(2);
    expect(all.items).toHaveLength(1);
    expect(all.nextOffset).toBe(1);
    const both = await searchArticlesFiltered(handle.db, { q: "سالم", limit: 10 });
    const ranks = both.items.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const [hit] = all.items;
    expect(hit?.publishedAt).toMatch(/^2026-0[12]-/);
    expect(hit?.snippet.some((p) => p.hit && p.text === "سالم")).toBe(true);
    const second = await searchArticlesFiltered(handle.db, { q: "سالم", limit: 1, offset: 1 });
    expect(second.items.map((h) => h.id)).not.toEqual(all.items.map((h) => h.id));
    expect(second.nextOffset).toBeNull();
  });

  it("applies the page's other filters, a country through its entities", async () => {
    const inEgypt = await searchArticlesFiltered(handle.db, { q: "سالم", country: "eg", limit: 10 });
    expect(inEgypt.items.map((h) => h.id)).toEqual([ids.cairo]);
    expect(inEgypt.total).toBe(1);
    // No entity of that country at all: nothing matches rather than everything.
    expect((await searchArticlesFiltered(handle.db, { q: "سالم", country: "MA", limit: 10 })).total).toBe(0);
    expect(await found({ limit: 10, q: "سالم", country: "MA" })).toEqual([]);
    const bySource = await searchArticlesFiltered(handle.db, { q: "سالم", source: "وكالة ب", limit: 10 });
    expect(bySource.items.map((h) => h.id)).toEqual([ids.rabat]);
  });
});

import { searchTerms } from "@marsad/extract/text";
import { articleSearch, articles, entities, entityAliases } from "@marsad/schema/tables";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../use-test-database";
import { insertArticleOnce, listArticles } from "./articles";
import { InvalidCursorError } from "./cursor-time";
import { searchEntities } from "./entities";
import { EmptyQueryError, searchArticles, snippet } from "./search";

const handle = useTestDatabase();

async function indexArticle(text: string) {
  const { article } = await insertArticleOnce(handle.db, { contentHash: `h-${text}`, rawText: text });
  await handle.db.update(articles).set({ status: "done", cleanedText: text }).where(sql`${articles.id} = ${article.id}`);
  await handle.db.insert(articleSearch).values({
    articleId: article.id,
    createdAt: article.createdAt,
    vector: sql`strip(to_tsvector('simple', ${searchTerms(text)}))`,
  });
  return article.id;
}

describe("the database", () => {
  it("has a UTF-8 locale, so pg_trgm sees Arabic trigrams", async () => {
    const [row] = await handle.db.execute<{ s: number }>(sql`select similarity('صدام حفتر', 'صدام خليفة حفتر') as s`);
    expect(Number(row!.s)).toBeGreaterThan(0.3);
  });
});

describe("listArticles", () => {
  it("pages newest first with a cursor, without repeats or gaps", async () => {
    for (let i = 0; i < 25; i++) await insertArticleOnce(handle.db, { contentHash: `page-${i}`, rawText: `مقال ${i}` });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await listArticles(handle.db, { limit: 7, cursor });
      seen.push(...page.items.map((a) => a.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(25);
    const all = await listArticles(handle.db, { limit: 100 });
    expect(all.items.map((a) => a.id)).toEqual(seen);
  });

  it("refuses a cursor it did not make", async () => {
    await expect(listArticles(handle.db, { limit: 5, cursor: "bm9wZQ" })).rejects.toBeInstanceOf(InvalidCursorError);
  });
});

describe("searchArticles", () => {
  let army: string;
  beforeAll(async () => {
    army = await indexArticle("وبحث الجانبان تعزيز التعاون بين القوات المسلحة في البلدين خلال اللقاء بالقاهره أمس");
    await indexArticle("ارتفعت أسعار الخبز في الأسواق المحلية بسبب موجة الجفاف");
    await indexArticle("The defence ministers met in Rabat to discuss naval exercises.");
  });

  it("finds a word whatever its prefixes and spelling", async () => {
    for (const q of ["القوات", "بالقوات", "وللقوات", "القاهرة", "تعاون"]) {
      const hits = await searchArticles(handle.db, { q, limit: 10 });
      expect(hits.map((h) => h.id), q).toContain(army);
    }
  });

  it("needs every word of the query", async () => {
    expect(await searchArticles(handle.db, { q: "القوات الخبز", limit: 10 })).toHaveLength(0);
  });

  it("searches English too and highlights the hit in plain text", async () => {
    const [hit] = await searchArticles(handle.db, { q: "Naval", limit: 10 });
    expect(hit?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(["naval"]);
  });

  it("refuses a query with nothing to search", async () => {
    await expect(searchArticles(handle.db, { q: "!!!", limit: 10 })).rejects.toBeInstanceOf(EmptyQueryError);
  });

  it("cuts a snippet around the first hit and marks the words", () => {
    const parts = snippet("كلمة ".repeat(40) + "بالجيش " + "كلمة ".repeat(40), "الجيش", 3);
    expect(parts[0]!.text.startsWith("… ")).toBe(true);
    expect(parts.at(-1)!.text.endsWith(" …")).toBe(true);
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["بالجيش"]);
  });
});

describe("searchEntities", () => {
  it("finds people whatever the spelling", async () => {
    const [saddam] = await handle.db
      .insert(entities)
      .values({ type: "person", canonicalName: "صدام حفتر", nameKey: "صدام حفتر", country: "LY", mentionCount: 3 })
      .returning();
    await handle.db.insert(entityAliases).values([
      { entityId: saddam!.id, alias: "صدام حفتر", aliasKey: "صدام حفتر" },
      { entityId: saddam!.id, alias: "صدام خليفة حفتر", aliasKey: "صدام خليفه حفتر" },
    ]);
    for (const q of ["صدام حفتر", "صدام خليفة حفتر", "حفتر", "صدام حفتار"]) {
      const hits = await searchEntities(handle.db, { q, type: "person", limit: 5 });
      expect(hits.map((h) => h.id), q).toContain(saddam!.id);
    }
    expect(await searchEntities(handle.db, { q: "صدام", type: "organization", limit: 5 })).toHaveLength(0);
  });
});

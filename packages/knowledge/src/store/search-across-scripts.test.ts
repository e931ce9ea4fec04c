import { createDb, insertArticleOnce, searchArticles, searchEntities, type DbHandle } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StorableExtraction } from "./extraction-shape";
import { storeArticleKnowledge } from "./store-article-knowledge";

// Invented articles, one Arabic and one English, about made-up people with a real family name.

let testDb: TestDatabase;
let handle: DbHandle;
const ids: Record<string, string> = {};

async function store(key: string, text: string, extraction: Partial<StorableExtraction>, language: "ar" | "en") {
  const { article } = await insertArticleOnce(handle.db, { contentHash: `scripts-${key}`, rawText: text });
  const full: StorableExtraction = { source: null, persons: [], organizations: [], locations: [], events: [], ...extraction };
  await storeArticleKnowledge(handle.db, {
    articleId: article.id,
    extraction: full,
    extractorVersion: "test-1",
    article: { cleanedText: text, title: null, language, source: null, publishedAt: "2031-04-01", extraction: full },
  });
  ids[key] = article.id;
}

const person = (name: string, country: string) => ({ name, aliases: [], rank: null, role: null, country, mentions: [] });

beforeAll(async () => {
  testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  handle = createDb(testDb.url);
  await store(
    "ar",
    "وصل الفريق صدام حفتر إلى القاهرة صباح اليوم في زيارة رسمية، وكان في استقباله اللواء خالد حفتر.",
    { persons: [person("صدام حفتر", "LY"), person("خالد حفتر", "LY")], locations: [{ name: "القاهرة", kind: "city", country: "EG", lat: 30.04, lon: 31.24 }] },
    "ar",
  );
  await store(
    "en",
    "Major General Osama Bakhit arrived in Tripoli on Monday for talks on border security.",
    { persons: [person("Osama Bakhit", "SD")], locations: [{ name: "Tripoli", kind: "city", country: "LY", lat: 32.89, lon: 13.19 }] },
    "en",
  );
}, 60_000);

afterAll(async () => {
  await handle?.close();
  await testDb?.drop();
});

describe("search across scripts", () => {
  it("a Latin-script query finds Arabic articles, and an Arabic one English articles", async () => {
    const hits = async (q: string) => (await searchArticles(handle.db, { q, limit: 10 })).map((h) => h.id);
    expect(await hits("Haftar")).toEqual([ids.ar]);
    expect(await hits("Saddam Haftar")).toEqual([ids.ar]);
    expect(await hits("Cairo")).toEqual([ids.ar]);
    expect(await hits("بخيت")).toEqual([ids.en]);
    expect(await hits("طرابلس")).toEqual([ids.en]);
    // Still every word must match: nobody named Saddam is in the English article.
    expect(await hits("Saddam Tripoli")).toEqual([]);
  });

  it("entity search finds people by the skeleton of their name and places by their gazetteer names", async () => {
    const names = async (q: string) => (await searchEntities(handle.db, { q, limit: 10 })).map((e) => e.name);
    expect(await names("Haftar")).toEqual(expect.arrayContaining(["صدام حفتر", "خالد حفتر"]));
    expect(await names("Saddam Haftar")).toContain("صدام حفتر");
    expect(await names("Saddam Haftar")).not.toContain("خالد حفتر");
    expect(await names("Cairo")).toContain("القاهرة");
    expect(await names("أسامة بخيت")).toContain("Osama Bakhit");
    expect(await names("Khalifa Haftar")).toEqual([]);
  });
});

import { createDb, insertArticleOnce, type DbHandle } from "@marsad/db";
import { createTestDatabase, type TestDatabase } from "@marsad/db/test-database";
import { entities } from "@marsad/schema/tables";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backfillFamilySkeletons } from "./backfill-family-skeletons";
import type { StorableExtraction } from "./extraction-shape";
import { storeArticleKnowledge } from "./store-article-knowledge";

// An archive written before family skeletons existed: its people have none, so an English report
// of the same person made a second entity. The backfill gives them one.

let testDb: TestDatabase;
let handle: DbHandle;

const person = (name: string) => ({ name, aliases: [], rank: null, role: null, country: "JO", mentions: [] });

async function store(key: string, text: string, name: string, language: "ar" | "en") {
  const { article } = await insertArticleOnce(handle.db, { contentHash: `backfill-${key}`, rawText: text });
  const extraction: StorableExtraction = { source: null, persons: [person(name)], organizations: [], locations: [], events: [] };
  await storeArticleKnowledge(handle.db, {
    articleId: article.id,
    extraction,
    extractorVersion: "test-1",
    article: { cleanedText: text, title: null, language, source: null, publishedAt: "2031-05-02", extraction },
  });
}

const peopleNamed = async () =>
  (await handle.db.select({ id: entities.id, name: entities.canonicalName }).from(entities).where(eq(entities.type, "person"))).length;

beforeAll(async () => {
  testDb = await createTestDatabase(process.env.MARSAD_TEST_ADMIN_URL);
  handle = createDb(testDb.url);
}, 60_000);

afterAll(async () => {
  await handle?.close();
  await testDb?.drop();
});

describe("backfillFamilySkeletons", () => {
  it("people stored without a family skeleton are found across scripts once it is filled", async () => {
    await store("ar", "استقبل اللواء يوسف الحنيطي وفدا عسكريا في عمان اليوم.", "يوسف الحنيطي", "ar");
    // As an archive from before the column: the stored person has no skeleton.
    await handle.db.update(entities).set({ familySkeleton: null });
    expect(await backfillFamilySkeletons(handle.db)).toBe(1);
    expect(await backfillFamilySkeletons(handle.db)).toBe(0);
    await store("en", "Yousef Huneiti received a military delegation in Amman today.", "Yousef Huneiti", "en");
    expect(await peopleNamed()).toBe(1);
  });
});

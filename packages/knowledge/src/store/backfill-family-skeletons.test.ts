import { insertArticleOnce } from "@marsad/db";
import { useTestDatabase } from "@marsad/db/use-test-database";
import { entities } from "@marsad/schema/tables";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { backfillFamilySkeletons } from "./backfill-family-skeletons";
import type { StorableExtraction } from "./extraction-shape";
import { storeArticleKnowledge } from "./store-article-knowledge";

// An archive written before family skeletons existed: its people have none, so an English report
// of the same person made a second entity. The backfill gives them one.

const handle = useTestDatabase();

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

import { insertArticleOnce } from "@marsad/db";
import { useTestDatabase } from "@marsad/db/use-test-database";
import { claimArticles, storeArticleKnowledge, type ArticleKnowledge, type StorableExtraction } from "@marsad/knowledge";
import { articles, entities } from "@marsad/schema/tables";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createBatcher } from "./batcher";
import { createStoreBatcher } from "./store-batcher";

const handle = useTestDatabase();

let n = 0;
async function knowledge(person: string, cleanedText = `مقال رقم ${++n} عن ${person}`): Promise<ArticleKnowledge> {
  const { article } = await insertArticleOnce(handle.db, { contentHash: `batcher-${++n}`, rawText: `مقال رقم ${n}` });
  const extraction: StorableExtraction = {
    source: null,
    persons: [{ name: person, aliases: [], rank: null, role: null, country: "EG", mentions: [] }],
    organizations: [],
    locations: [],
    events: [],
  };
  return {
    articleId: article.id,
    extraction,
    extractorVersion: "batcher-test",
    article: { cleanedText, title: null, language: "ar", source: null, publishedAt: "2026-01-11", extraction },
  };
}

const statuses = async (ids: string[]) =>
  Object.fromEntries((await handle.db.select().from(articles).where(inArray(articles.id, ids))).map((a) => [a.id, a.status]));

describe("store batcher", () => {
  it("stores articles that arrive together in one batch, and one bad article fails alone", async () => {
    const failures: number[] = [];
    const batcher = createStoreBatcher(handle.db, { maxSize: 8, waitMs: 5, maxInFlight: 1, onBatchFailed: (_, size) => failures.push(size) });
    const good = await Promise.all(["سامر الدباغ", "طارق المنصوري", "سامر الدباغ"].map((p) => knowledge(p)));
    // Postgres refuses a NUL character in text: this article's transaction fails whatever it is stored with.
    const bad = await knowledge("نبيل الرفاعي", "نص فيه \u0000 محرف");
    const results = await Promise.allSettled([...good, bad].map(batcher.store));

    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "rejected"]);
    expect(failures).toEqual([4]);
    const ids = [...good, bad].map((k) => k.articleId);
    const status = await statuses(ids);
    expect(ids.map((id) => status[id])).toEqual(["done", "done", "done", "queued"]);
    // The person two batch-mates name is one entity, and the bad article's person was never stored.
    expect(await handle.db.select().from(entities).where(eq(entities.canonicalName, "سامر الدباغ"))).toHaveLength(1);
    expect(await handle.db.select().from(entities).where(eq(entities.canonicalName, "نبيل الرفاعي"))).toHaveLength(0);
  });

  it("a lone article is stored after the short wait, not when a batch would be full", async () => {
    const batcher = createStoreBatcher(handle.db, { maxSize: 50, waitMs: 5, maxInFlight: 2 });
    const lone = await knowledge("هشام البدري");
    const stored = batcher.store(lone);
    const outcome = await Promise.race([stored.then(() => "stored"), new Promise((r) => setTimeout(() => r("still waiting"), 5000))]);
    expect(outcome).toBe("stored");
    expect((await statuses([lone.articleId]))[lone.articleId]).toBe("done");
    await batcher.drain();
  });

  it("drain stores what is waiting", async () => {
    const batcher = createStoreBatcher(handle.db, { maxSize: 50, waitMs: 1000, maxInFlight: 1 });
    const inputs = await Promise.all(["منير الورفلي", "فرج الشريف"].map((p) => knowledge(p)));
    const stored = Promise.all(inputs.map(batcher.store));
    await batcher.drain();
    await stored;
    const status = await statuses(inputs.map((k) => k.articleId));
    expect(Object.values(status)).toEqual(["done", "done"]);
  });

  it("jobs that start together claim their articles in one statement; a done or deleted article is not claimed", async () => {
    const [waiting, done, deleted] = await Promise.all(["وليد الزناتي", "عادل القماطي", "رامي الشلماني"].map((p) => knowledge(p)));
    await storeArticleKnowledge(handle.db, done!);
    await handle.db.delete(articles).where(eq(articles.id, deleted!.articleId));
    const batches: string[][] = [];
    const claims = createBatcher(
      (ids: string[]) => {
        batches.push(ids);
        return claimArticles(handle.db, ids);
      },
      async (id: string) => (await claimArticles(handle.db, [id]))[0],
      { maxSize: 8, waitMs: 5, maxInFlight: 1 },
    );
    const ids = [waiting!, done!, deleted!].map((k) => k.articleId);
    const claimed = await Promise.all(ids.map(claims.run));

    expect(batches).toEqual([ids]);
    expect(claimed.map((a) => a && [a.id, a.status, a.attempts])).toEqual([[ids[0], "processing", 1], undefined, undefined]);
    expect((await statuses(ids.slice(0, 2)))[ids[1]!]).toBe("done");
  });
});

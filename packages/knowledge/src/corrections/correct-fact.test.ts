import { getEntityProfile, getEvent, insertArticleOnce, listEvents, listFactCorrections } from "@marsad/db";
import { useTestDatabase } from "@marsad/db/use-test-database";
import { extractArticle } from "@marsad/extract";
import {
  articleEntities,
  entities,
  entityAliases,
  eventArticles,
  eventParticipants,
  events,
  factCorrections,
  mentions,
} from "@marsad/schema/tables";
import { and, count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { storeArticleKnowledge } from "../store/store-article-knowledge";
import { correctFact } from "./correct-fact";

const handle = useTestDatabase();

/**
 * A fictional report of one meeting between two invented officers. The closing sentence names the
 * host a second time: a mention an analyst may reject (whatever the extractor made of it).
 */
const report = (host: string, guest: string, weekday: string) =>
  [
    "القاهرة - وكالة الأنباء التجريبية",
    `استقبل الفريق أول ${host} رئيس أركان القوات المسلحة المصرية، اليوم ${weekday}، اللواء ${guest} قائد القوات البرية الليبية، في مقر وزارة الدفاع بالقاهرة.`,
    "وبحث الجانبان خلال اللقاء سبل تعزيز التعاون العسكري بين مصر وليبيا في مجالات التدريب وتبادل الخبرات.",
    `وأكد الفريق أول ${host} حرص القوات المسلحة على دعم الاستقرار في المنطقة.`,
  ].join("\n");

/** What the worker does with an article: extract it, then store what was extracted. */
async function processArticle(articleId: string, text: string, publishedAt: string) {
  const extraction = extractArticle({ text, title: null, publishedHint: publishedAt });
  await storeArticleKnowledge(handle.db, {
    articleId,
    extraction,
    extractorVersion: "test-corrections",
    article: {
      cleanedText: extraction.cleanedText,
      title: extraction.title,
      language: extraction.language,
      source: extraction.source,
      publishedAt: extraction.published ?? publishedAt,
      extraction,
    },
  });
}

async function ingest(text: string, publishedAt: string) {
  const { article } = await insertArticleOnce(handle.db, { contentHash: `corrections-${text}`, rawText: text });
  await processArticle(article.id, text, publishedAt);
  return { articleId: article.id, reprocess: () => processArticle(article.id, text, publishedAt) };
}

async function personId(name: string) {
  const [row] = await handle.db.select({ id: entities.id }).from(entities).where(eq(entities.canonicalName, name));
  if (!row) throw new Error(`no entity named ${name}`);
  return row.id;
}

async function eventOf(articleId: string) {
  const [row] = await handle.db.select({ id: eventArticles.eventId }).from(eventArticles).where(eq(eventArticles.articleId, articleId));
  if (!row) throw new Error("the article reports no event");
  return row.id;
}

/** Every row count the store writes, and the denormalised counters, to compare before and after. */
async function snapshot() {
  const n = async (table: Parameters<ReturnType<typeof handle.db.select>["from"]>[0]) =>
    (await handle.db.select({ n: count() }).from(table))[0]!.n;
  const [counters] = await handle.db
    .select({
      mentionCounts: sql<number>`(select coalesce(sum(mention_count), 0)::int from ${entities})`,
      articleCounts: sql<number>`(select coalesce(sum(article_count), 0)::int from ${events})`,
      linkMentionCounts: sql<number>`(select coalesce(sum(mention_count), 0)::int from ${articleEntities})`,
    })
    .from(sql`(select 1) as one`);
  return {
    entities: await n(entities),
    aliases: await n(entityAliases),
    articleEntities: await n(articleEntities),
    mentions: await n(mentions),
    events: await n(events),
    eventArticles: await n(eventArticles),
    participants: await n(eventParticipants),
    ...counters,
  };
}

describe("reprocessing", () => {
  it("processing the same article twice more leaves every count identical", async () => {
    const { reprocess } = await ingest(report("سامر الدباغ", "طارق المنصوري", "الأحد"), "2026-03-01");
    const before = await snapshot();
    expect(before.mentions).toBeGreaterThan(0);
    expect(before.events).toBe(1);
    expect(before.participants).toBe(2);
    await reprocess();
    await reprocess();
    expect(await snapshot()).toEqual(before);
    // Each entity's counter is exactly its mention rows.
    const drift = await handle.db.execute(
      sql`select id from ${entities} e where mention_count <> (select count(*) from ${mentions} m where m.entity_id = e.id)`,
    );
    expect(drift).toHaveLength(0);
  });
});

describe("fact corrections", () => {
  it("a rejected participant stays rejected after reprocessing, and an accept brings it back", async () => {
    const { articleId, reprocess } = await ingest(report("نبيل الرفاعي", "فرج الشريف", "الاثنين"), "2026-04-06");
    const eventId = await eventOf(articleId);
    const guest = await personId("فرج الشريف");
    await correctFact(handle.db, { factType: "participant", eventId, entityId: guest, action: "reject", note: "ذُكر ولم يحضر" });

    const names = async () => (await getEvent(handle.db, eventId))?.participants.map((p) => p.name).sort();
    expect(await names()).toEqual(["نبيل الرفاعي"]);
    expect((await getEntityProfile(handle.db, guest))?.events).toHaveLength(0);

    await reprocess();
    await reprocess();
    // The same event (its id is what the correction names), still without the rejected participant.
    expect(await eventOf(articleId)).toBe(eventId);
    expect(await names()).toEqual(["نبيل الرفاعي"]);
    expect((await getEntityProfile(handle.db, guest))?.events).toHaveLength(0);
    const host = await personId("نبيل الرفاعي");
    expect((await getEntityProfile(handle.db, host))?.coParticipants).toHaveLength(0);

    await correctFact(handle.db, { factType: "participant", eventId, entityId: guest, action: "accept" });
    await reprocess();
    expect(await names()).toEqual(["فرج الشريف", "نبيل الرفاعي"]);
    const log = await listFactCorrections(handle.db, { factType: "participant", factKey: `${eventId}:${guest}`, limit: 10 });
    expect(log.map((c) => c.action)).toEqual(["accept", "reject"]);
    expect(log[1]?.note).toBe("ذُكر ولم يحضر");
    expect(log[1]?.extractorVersion).toBe("test-corrections");
  });

  it("an edited role survives reprocessing and shows in the entity profile", async () => {
    const { articleId, reprocess } = await ingest(report("كريم الجبالي", "سالم العبيدي", "الثلاثاء"), "2026-05-12");
    const host = await personId("كريم الجبالي");
    const rolesOf = async () => (await getEntityProfile(handle.db, host))?.titles.map((t) => `${t.rank}|${t.role}`);
    expect(await rolesOf()).toEqual(["الفريق أول|رئيس أركان القوات المسلحة المصرية"]);

    await correctFact(handle.db, {
      factType: "title",
      articleId,
      entityId: host,
      action: "edit",
      value: { role: "رئيس أركان حرب القوات المسلحة" },
    });
    expect(await rolesOf()).toEqual(["الفريق أول|رئيس أركان حرب القوات المسلحة"]);
    await reprocess();
    await reprocess();
    expect(await rolesOf()).toEqual(["الفريق أول|رئيس أركان حرب القوات المسلحة"]);
    const [stored] = await handle.db.select().from(factCorrections).where(eq(factCorrections.articleId, articleId));
    expect(stored?.factKey).toBe(`${articleId}:${host}`);
    expect(stored?.value).toEqual({ role: "رئيس أركان حرب القوات المسلحة" });
  });

  it("a rejected mention is not linked after reprocessing and the entity's count follows", async () => {
    const text = report("هشام البدري", "منير الورفلي", "الأربعاء");
    const { articleId, reprocess } = await ingest(text, "2026-06-03");
    const host = await personId("هشام البدري");
    const spans = await handle.db
      .select()
      .from(mentions)
      .where(and(eq(mentions.articleId, articleId), eq(mentions.entityId, host)))
      .orderBy(mentions.start);
    expect(spans).toHaveLength(2);
    expect(spans[0]!.surface).toBe("هشام البدري");
    const wrong = spans[1]!;
    await correctFact(handle.db, { factType: "mention", articleId, entityId: host, start: wrong.start, end: wrong.end, action: "reject" });

    const state = async () => {
      const [entity] = await handle.db.select().from(entities).where(eq(entities.id, host));
      const rows = await handle.db.select().from(mentions).where(and(eq(mentions.articleId, articleId), eq(mentions.entityId, host)));
      const [link] = await handle.db
        .select()
        .from(articleEntities)
        .where(and(eq(articleEntities.articleId, articleId), eq(articleEntities.entityId, host)));
      return { entityCount: entity?.mentionCount, rows: rows.map((r) => r.surface), linkCount: link?.mentionCount };
    };
    const corrected = { entityCount: 1, rows: ["هشام البدري"], linkCount: 1 };
    expect(await state()).toEqual(corrected);
    await reprocess();
    expect(await state()).toEqual(corrected);

    await correctFact(handle.db, { factType: "mention", articleId, entityId: host, start: wrong.start, end: wrong.end, action: "accept" });
    expect((await state()).entityCount).toBe(2);
  });

  it("a rejected event is hidden from lists and profiles, also after reprocessing", async () => {
    const { articleId, reprocess } = await ingest(report("عادل النجار", "خالد الزنتاني", "الخميس"), "2026-07-02");
    const eventId = await eventOf(articleId);
    const host = await personId("عادل النجار");
    const listed = async () => (await listEvents(handle.db, { personId: host, limit: 10 })).items.map((e) => e.id);
    expect(await listed()).toEqual([eventId]);
    await correctFact(handle.db, { factType: "event", eventId, action: "reject" });
    expect(await listed()).toEqual([]);
    expect((await getEntityProfile(handle.db, host))?.events).toHaveLength(0);
    await reprocess();
    expect(await eventOf(articleId)).toBe(eventId);
    expect(await listed()).toEqual([]);
    expect((await getEvent(handle.db, eventId))?.hidden).toBe(true);
  });

  it("refuses to correct a fact that does not exist", async () => {
    const { articleId } = await ingest(report("رامي الحسيني", "علي البرعصي", "الجمعة"), "2026-08-07");
    const host = await personId("رامي الحسيني");
    await expect(
      correctFact(handle.db, { factType: "mention", articleId, entityId: host, start: 0, end: 3, action: "reject" }),
    ).rejects.toThrow("no such mention");
    expect(await listFactCorrections(handle.db, { articleId, limit: 10 })).toHaveLength(0);
  });
});

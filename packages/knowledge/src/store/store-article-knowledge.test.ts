import { insertArticleOnce } from "@marsad/db";
import { useTestDatabase } from "@marsad/db/use-test-database";
import { articleEntities, articleSearch, articles, entities, entityAliases, eventArticles, eventParticipants, events, mentions } from "@marsad/schema/tables";
import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { StorableExtraction, StorablePerson } from "./extraction-shape";
import { storeArticleKnowledge } from "./store-article-knowledge";

const handle = useTestDatabase();

const person = (name: string, country: string, extra: Partial<StorablePerson> = {}): StorablePerson => ({
  name,
  aliases: [],
  rank: null,
  role: null,
  country,
  mentions: [],
  ...extra,
});

const meeting = (participants: string[], date: string | null, location: string | null = "القاهرة") => ({
  type: "meeting" as const,
  participants,
  countries: ["EG", "LY"],
  location,
  date,
  summary: `اجتماع ${participants.join(" و")}`,
  evidence: { text: "جملة الدليل", start: 0, end: 10 },
});

let n = 0;
async function store(extraction: Partial<StorableExtraction>, text = `نص مقال تجريبي رقم ${++n} عن لقاء عسكري`, publishedAt = "2026-01-11") {
  const { article } = await insertArticleOnce(handle.db, { contentHash: `hash-${text}`, rawText: text });
  const full: StorableExtraction = { source: null, persons: [], organizations: [], locations: [], events: [], ...extraction };
  await storeArticleKnowledge(handle.db, {
    articleId: article.id,
    extraction: full,
    extractorVersion: "test-1",
    article: { cleanedText: text, title: text.slice(0, 20), language: "ar", source: full.source, publishedAt, extraction: full },
  });
  return article.id;
}

async function personsNamed(fragment: string) {
  const rows = await handle.db.select().from(entities).where(eq(entities.type, "person"));
  return rows.filter((r) => r.canonicalName.includes(fragment) || r.nameKey.includes(fragment));
}

describe("knowledge store", () => {
  it("one person is one person across articles and spellings", async () => {
    await store({
      persons: [
        person("صدام حفتر", "LY", { rank: "الفريق", role: "نائب القائد العام", mentions: [{ start: 0, end: 9, surface: "صدام حفتر" }] }),
        person("أحمد خليفة", "EG", { rank: "الفريق", role: "رئيس أركان حرب القوات المسلحة" }),
      ],
    });
    await store({
      persons: [
        person("صدام حفتر", "LY", { aliases: ["صدام خليفة حفتر"], rank: "الفريق أول", role: "رئيس أركان القوات البرية" }),
        person("خليفة حفتر", "LY", { rank: "المشير" }),
        person("خالد حفتر", "LY", { rank: "الفريق" }),
      ],
    });
    await store({ persons: [person("صدام خليفة حفتر", "LY"), person("احمد خليفه", "EG")] });

    const saddam = await personsNamed("صدام");
    expect(saddam).toHaveLength(1);
    const titles = await handle.db
      .select({ rank: articleEntities.rank, role: articleEntities.role })
      .from(articleEntities)
      .where(eq(articleEntities.entityId, saddam[0]!.id));
    expect(titles).toHaveLength(3);
    expect(titles.map((t) => t.role)).toEqual(
      expect.arrayContaining(["نائب القائد العام", "رئيس أركان القوات البرية"]),
    );
    const aliases = await handle.db.select().from(entityAliases).where(eq(entityAliases.entityId, saddam[0]!.id));
    expect(aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(["صدام حفتر", "صدام خليفة حفتر"]));

    const all = await handle.db.select().from(entities).where(eq(entities.type, "person"));
    const names = all.map((e) => e.canonicalName).sort();
    expect(names).toEqual(["أحمد خليفة", "خالد حفتر", "خليفة حفتر", "صدام حفتر"].sort());
  });

  it("reprocessing an article never duplicates entities, mentions or events", async () => {
    const text = "نص ثابت لإعادة المعالجة عن زيارة رسمية";
    const extraction: Partial<StorableExtraction> = {
      persons: [person("عبدالمجيد صقر", "EG", { mentions: [{ start: 3, end: 8, surface: "صقر" }] })],
      locations: [{ name: "القاهرة", kind: "city", country: "EG", lat: 30.04, lon: 31.24, mentions: [{ start: 10, end: 17 }] }],
      events: [meeting(["عبدالمجيد صقر"], "2026-02-01")],
    };
    const id = await store(extraction, text);
    const before = await Promise.all([
      handle.db.select({ n: count() }).from(entities),
      handle.db.select({ n: count() }).from(mentions),
      handle.db.select({ n: count() }).from(events),
      handle.db.select({ n: count() }).from(eventArticles),
    ]);
    await store(extraction, text);
    await store(extraction, text);
    const after = await Promise.all([
      handle.db.select({ n: count() }).from(entities),
      handle.db.select({ n: count() }).from(mentions),
      handle.db.select({ n: count() }).from(events),
      handle.db.select({ n: count() }).from(eventArticles),
    ]);
    expect(after.map((r) => r[0]!.n)).toEqual(before.map((r) => r[0]!.n));
    const [row] = await handle.db.select().from(articles).where(eq(articles.id, id));
    expect(row?.status).toBe("done");
    const indexed = await handle.db.select().from(articleSearch).where(eq(articleSearch.articleId, id));
    expect(indexed).toHaveLength(1);
  });

  it("the same event reported by two outlets is one event with two sources; other occasions stay apart", async () => {
    const a = await store({
      source: "وكالة الأولى",
      persons: [person("حسن الجابري", "EG"), person("سالم المبروك", "LY")],
      events: [meeting(["حسن الجابري", "سالم المبروك"], "2026-03-05")],
    });
    const b = await store({
      source: "صحيفة الثانية",
      persons: [person("حسن الجابري", "EG")],
      events: [meeting(["حسن الجابري"], null)],
    }, "تقرير آخر مختلف الصياغة عن اجتماع القاهرة", "2026-03-05");
    // Same people a month later: another occasion.
    const c = await store({
      persons: [person("حسن الجابري", "EG"), person("سالم المبروك", "LY")],
      events: [meeting(["حسن الجابري", "سالم المبروك"], "2026-04-10")],
    }, "اجتماع جديد بعد شهر بين الطرفين");
    const links = await handle.db.select().from(eventArticles);
    const eventOf = (articleId: string) => links.find((l) => l.articleId === articleId)!.eventId;
    expect(eventOf(a)).toBe(eventOf(b));
    expect(eventOf(c)).not.toBe(eventOf(a));
    const [shared] = await handle.db.select().from(events).where(eq(events.id, eventOf(a)));
    expect(shared?.articleCount).toBe(2);
    expect(shared?.date).toBe("2026-03-05");
  });

  it("a city and the country it lies in name the same place; another country does not", async () => {
    const visit = (location: string) => ({ ...meeting(["ناصر العقيلي"], null, location), type: "visit" as const });
    const place = (name: string, kind: "city" | "country", country: string) => ({ name, kind, country, lat: null, lon: null, mentions: [] });
    const inCity = await store(
      { persons: [person("ناصر العقيلي", "LY")], locations: [place("القاهرة", "city", "EG")], events: [visit("القاهرة")] },
      "وصل ناصر العقيلي إلى القاهرة في زيارة رسمية",
      "2026-05-02",
    );
    const inCountry = await store(
      { persons: [person("ناصر العقيلي", "LY")], locations: [place("مصر", "country", "EG")], events: [visit("مصر")] },
      "ناصر العقيلي يزور مصر",
      "2026-05-02",
    );
    const elsewhere = await store(
      { persons: [person("ناصر العقيلي", "LY")], locations: [place("تونس", "country", "TN")], events: [visit("تونس")] },
      "ناصر العقيلي يزور تونس في اليوم نفسه",
      "2026-05-02",
    );
    const links = await handle.db.select().from(eventArticles);
    const eventOf = (articleId: string) => links.find((l) => l.articleId === articleId)!.eventId;
    expect(eventOf(inCountry)).toBe(eventOf(inCity));
    expect(eventOf(elsewhere)).not.toBe(eventOf(inCity));
  });

  it("a place printed with and without its area head is one place, found by either form", async () => {
    const region = (name: string, aliases?: string[]) => ({ name, ...(aliases ? { aliases } : {}), kind: "region", country: "IQ", lat: null, lon: null, mentions: [] });
    await store({ locations: [region("ناحية الزوية", ["الزوية"])] }, "تفقد الوفد ناحية الزوية شمال البلاد");
    await store({ locations: [region("الزوية")] }, "عاد الوفد من الزوية بعد جولة");
    // An extraction stored before locations had aliases still stores.
    await store({ locations: [region("قضاء الرمان")] }, "زار المحافظ قضاء الرمان");
    const places = await handle.db.select().from(entities).where(eq(entities.type, "place"));
    const zawiya = places.filter((p) => p.canonicalName.includes("الزوية"));
    expect(zawiya).toHaveLength(1);
    const aliases = await handle.db.select().from(entityAliases).where(eq(entityAliases.entityId, zawiya[0]!.id));
    expect(aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(["ناحية الزوية", "الزوية"]));
    expect(places.some((p) => p.canonicalName === "قضاء الرمان")).toBe(true);
  });

  it("groups rewrites of one wire into one story", async () => {
    const wire =
      "استقبل رئيس هيئة الأركان العامة اليوم في مقر القيادة وفدا عسكريا رفيع المستوى، وبحث الجانبان تعزيز التعاون في مجالات التدريب وتبادل الخبرات وتأمين الحدود المشتركة، إضافة إلى التحضير لتمرين بحري مشترك في الأشهر المقبلة بمشاركة وحدات من القوات الجوية.";
    const x = await store({}, wire);
    const y = await store({}, `${wire} المصدر: وكالة الأنباء`);
    const z = await store({}, "خبر اقتصادي عن أسعار الصرف وارتفاع التضخم في الأسواق المحلية خلال الشهر الماضي بحسب البنك المركزي");
    const rows = await handle.db.select({ id: articles.id, storyId: articles.storyId }).from(articles);
    const story = (id: string) => rows.find((r) => r.id === id)!.storyId;
    expect(story(x)).toBe(story(y));
    expect(story(z)).not.toBe(story(x));
  });

  it("outlets' reports of one event stored at the same moment make one event, and never deadlock", async () => {
    const people = [person("مراد الزوي", "LY"), person("فهد القناوي", "EG")];
    const talks = meeting(["مراد الزوي", "فهد القناوي"], "2026-06-14", null);
    const call = { ...meeting(["مراد الزوي", "فهد القناوي"], "2026-06-14", null), type: "statement" as const };
    // Known people take no lock, so nothing else serialises the reports below.
    await store({ persons: people }, "أول ذكر للرجلين في الأرشيف");
    // Each report adds a place to both events, in one order or the other: updates that lock
    // event rows in the order an article tells them deadlock against each other.
    const reports = Array.from({ length: 12 }, (_, i) => {
      const events = [{ ...talks, location: "بنغازي" }, { ...call, location: "بنغازي" }];
      return store({ persons: people, events: i % 2 ? events : events.reverse() }, `تقرير متزامن رقم ${i} عن اتصال ثم لقاء`, "2026-06-14");
    });
    const ids = await Promise.all(reports);
    const links = await handle.db.select().from(eventArticles);
    const reported = new Set(links.filter((l) => ids.includes(l.articleId)).map((l) => l.eventId));
    expect(reported.size).toBe(2);
    const stored = await handle.db.select().from(events);
    for (const id of reported) {
      const row = stored.find((e) => e.id === id)!;
      expect(row.articleCount).toBe(12);
      expect(row.location).toBe("بنغازي");
    }
  });
});

describe("counters", () => {
  /** Every counter against the rows it counts; empty when they all agree. */
  async function counterDrift() {
    return handle.db.execute(sql`
      select 'entity' as kind, e.id, e.mention_count as stored, (select count(*)::int from mentions m where m.entity_id = e.id) as actual
        from entities e where e.merged_into is null
      union all
      select 'event', v.id, v.article_count, (select count(distinct a.article_id)::int from event_articles a where a.event_id = v.id)
        from events v
      except
      select kind, id, actual, actual from (
        select 'entity' as kind, e.id, (select count(*)::int from mentions m where m.entity_id = e.id) as actual from entities e where e.merged_into is null
        union all
        select 'event', v.id, (select count(distinct a.article_id)::int from event_articles a where a.event_id = v.id) from events v) x`);
  }

  it("mention and article counts move with every store, reprocessing and concurrent article", async () => {
    const people = [person("وليد الفيتوري", "LY"), person("شريف الدمرداش", "EG")];
    const spans = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i * 20, end: i * 20 + 12, surface: "وليد الفيتوري" }));
    const text = "مقال يعاد تحليله عن لقاء الفيتوري والدمرداش";
    const first = { persons: [{ ...people[0]!, mentions: spans(3) }, people[1]!], events: [meeting(["وليد الفيتوري", "شريف الدمرداش"], "2026-07-01")] };
    await store(first, text, "2026-07-01");
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => store({ persons: [{ ...people[0]!, mentions: spans(i) }, people[1]!], events: first.events }, `تغطية أخرى رقم ${i} للقاء نفسه`, "2026-07-01")),
    );
    // Reprocessed: fewer mentions, and the meeting is no longer told; then told again.
    await store({ persons: [{ ...people[0]!, mentions: spans(1) }] }, text, "2026-07-01");
    const [meetingRow] = await handle.db.select().from(events).where(eq(events.date, "2026-07-01"));
    expect(meetingRow?.articleCount).toBe(6);
    await store(first, text, "2026-07-01");
    expect(await counterDrift()).toHaveLength(0);
    const [walid] = await personsNamed("الفيتوري");
    expect(walid?.mentionCount).toBe(3 + (0 + 1 + 2 + 3 + 4 + 5));
  });

  it("an event no article reports any more is removed", async () => {
    const text = "مقال وحيد عن مؤتمر سيحذف منه الحدث";
    const conference = { ...meeting(["منير البرعصي"], "2026-08-03"), type: "conference" as const };
    await store({ persons: [person("منير البرعصي", "LY")], events: [conference] }, text, "2026-08-03");
    expect(await handle.db.select().from(events).where(eq(events.type, "conference"))).toHaveLength(1);
    await store({ persons: [person("منير البرعصي", "LY")] }, text, "2026-08-03");
    expect(await handle.db.select().from(events).where(eq(events.type, "conference"))).toHaveLength(0);
    expect(await counterDrift()).toHaveLength(0);
  });
});

describe("analyst corrections", () => {
  it("a merge moves everything and survives reprocessing", async () => {
    const { mergeEntities } = await import("../corrections/merge-entities");
    const text = "مقال عن العقيد منصور الزوي وزيارته";
    const extraction = { persons: [person("منصور الزوي", "LY", { mentions: [{ start: 10, end: 20 }] })] };
    await store(extraction, text);
    // A name the store cannot link by itself (another family name): only the analyst knows.
    await store({ persons: [person("Mansour Abulqasim", "LY")] }, "Colonel Mansour Abulqasim visited the base");
    const [ar] = await personsNamed("منصور");
    const [en] = (await handle.db.select().from(entities).where(eq(entities.canonicalName, "Mansour Abulqasim")));
    await mergeEntities(handle.db, { fromId: en!.id, intoId: ar!.id, note: "same officer" });
    // Reprocess the English article: it must land on the merged entity, not a new one.
    await store({ persons: [person("Mansour Abulqasim", "LY")] }, "Colonel Mansour Abulqasim visited the base");
    const links = await handle.db.select().from(articleEntities).where(eq(articleEntities.entityId, ar!.id));
    expect(links).toHaveLength(2);
    const fresh = await handle.db.select().from(entities).where(eq(entities.canonicalName, "Mansour Abulqasim"));
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.mergedInto).toBe(ar!.id);
  });

  it("a split moves the named spellings to a new entity and survives reprocessing", async () => {
    const { splitEntity } = await import("../corrections/split-entity");
    await store({ persons: [person("نوري البكوش", "LY", { aliases: ["نوري سالم البكوش"] })] }, "مقال أول عن نوري البكوش");
    await store({ persons: [person("نوري سالم البكوش", "LY")] }, "مقال ثان عن نوري سالم البكوش");
    const [entity] = await personsNamed("نوري");
    const created = await splitEntity(handle.db, { id: entity!.id, aliases: ["نوري سالم البكوش"] });
    await store({ persons: [person("نوري سالم البكوش", "LY")] }, "مقال ثان عن نوري سالم البكوش");
    const second = await handle.db.select().from(articleEntities).where(eq(articleEntities.entityId, created.id));
    expect(second).toHaveLength(1);
    const first = await handle.db.select().from(articleEntities).where(eq(articleEntities.entityId, entity!.id));
    expect(first).toHaveLength(1);
  });

  it("stores the article's topics once, replacing them when it is processed again", async () => {
    const { articleTopics } = await import("@marsad/schema/tables");
    const text = "مقال عن تدريب مشترك لقوات خفر السواحل";
    const id = await store({ topics: ["training", "maritime-security", "training"] }, text);
    const topicsOf = async () =>
      (await handle.db.select({ topic: articleTopics.topic }).from(articleTopics).where(eq(articleTopics.articleId, id))).map((r) => r.topic).sort();
    expect(await topicsOf()).toEqual(["maritime-security", "training"]);
    await store({ topics: ["border-security"] }, text);
    expect(await topicsOf()).toEqual(["border-security"]);
  });

  it("a split takes along the events of the articles that moved", async () => {
    const { splitEntity } = await import("../corrections/split-entity");
    const host = person("حسام القطعاني", "EG");
    await store({ persons: [person("رافع المنقوش", "LY", { aliases: ["رافع علي المنقوش"] }), host], events: [meeting(["رافع المنقوش", "حسام القطعاني"], "2026-03-01")] }, "لقاء أول عن رافع المنقوش", "2026-03-01");
    await store({ persons: [person("رافع علي المنقوش", "LY"), host], events: [meeting(["رافع علي المنقوش", "حسام القطعاني"], "2026-04-09", "طرابلس")] }, "لقاء ثان عن رافع علي المنقوش", "2026-04-09");
    const [entity] = await personsNamed("المنقوش");
    const eventsOf = async (id: string) =>
      (await handle.db.select({ eventId: eventParticipants.eventId }).from(eventParticipants).where(eq(eventParticipants.entityId, id))).length;
    expect(await eventsOf(entity!.id)).toBe(2);
    const created = await splitEntity(handle.db, { id: entity!.id, aliases: ["رافع علي المنقوش"] });
    expect(await eventsOf(created.id)).toBe(1);
    expect(await eventsOf(entity!.id)).toBe(1);
  });
});

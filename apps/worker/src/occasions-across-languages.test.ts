import { submitArticle } from "@marsad/intake";
import { getArticle, searchArticles, searchEntities } from "@marsad/db";
import { eventArticles } from "@marsad/schema/tables";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorkerHarness, waitFor, type WorkerHarness } from "./testing/worker-harness";

// Two invented reports of one invented meeting, one in Arabic and one in English, read by the real
// extractor and worker.
const ARABIC = `أنقرة - بحث وزير الدفاع التركي يشار غولر مع نظيره الأذربيجاني ذاكر حسنوف، اليوم الثلاثاء في أنقرة، سبل تعزيز التعاون العسكري بين البلدين. وذكرت وزارة الدفاع التركية أن الجانبين ناقشا التدريب المشترك والصناعات الدفاعية.`;
const ENGLISH = `ANKARA - Turkish Defense Minister Yasar Guler met his Azerbaijani counterpart Zakir Hasanov in Ankara on Tuesday to discuss military cooperation, the Turkish Defense Ministry said. The two ministers discussed joint training and the defense industry.`;

let h: WorkerHarness;
const ids: string[] = [];

beforeAll(async () => {
  h = await startWorkerHarness();
  for (const text of [ARABIC, ENGLISH]) ids.push((await submitArticle({ db: h.db, queue: h.queue }, { text, publishedAt: "2031-03-04" })).id);
  await waitFor(async () => {
    const states = await Promise.all(ids.map(async (id) => (await getArticle(h.db, id))?.status));
    return states.every((s) => s === "done");
  }, 60_000);
}, 90_000);

afterAll(async () => {
  await h?.close();
});

describe("an Arabic and an English report of one meeting", () => {
  it("are one event, and its people one entity each", async () => {
    const reports = await h.db.select().from(eventArticles).where(inArray(eventArticles.articleId, ids));
    const meetings = new Set(reports.map((r) => r.eventId));
    expect(meetings.size).toBe(1);
    expect(reports.find((r) => r.articleId === ids[1])?.joinedBy ?? reports.find((r) => r.articleId === ids[0])?.joinedBy).toMatchObject({
      date: "same-day",
      place: "same-place",
    });
    const people = await searchEntities(h.db, { q: "Zakir Hasanov", type: "person", limit: 5 });
    // The worker stores both reports at once: whichever lands first names the one entity.
    expect(people).toHaveLength(1);
    expect(["ذاكر حسنوف", "Zakir Hasanov"]).toContain(people[0]?.name);
  });

  it("are found by a query in either script", async () => {
    const hits = async (q: string) => (await searchArticles(h.db, { q, limit: 10 })).map((a) => a.id).sort();
    expect(await hits("Guler")).toEqual([...ids].sort());
    expect(await hits("حسنوف")).toEqual([...ids].sort());
    expect(await hits("Ankara")).toEqual([...ids].sort());
  });
});

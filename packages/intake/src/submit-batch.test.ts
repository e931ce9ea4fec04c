import { getArticle } from "@marsad/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startIntakeHarness, type IntakeHarness } from "./testing/intake-harness";
import { contentHash } from "./content-hash";
import { submitBatch } from "./submit-batch";

let h: IntakeHarness;

beforeAll(async () => {
  h = await startIntakeHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

describe("contentHash", () => {
  it("is the same for the same text whatever its whitespace", () => {
    expect(contentHash("وزير  الدفاع\r\nيستقبل ")).toBe(contentHash("وزير الدفاع يستقبل"));
    expect(contentHash("وزير الدفاع")).not.toBe(contentHash("وزير الخارجية"));
  });
});

describe("submitBatch", () => {
  it("gives one result per item: created, duplicate or rejected with the reason", async () => {
    const results = await submitBatch({ db: h.db, queue: h.queue }, [
      { text: "المقال الأول عن اجتماع عسكري" },
      { text: "المقال الثاني عن تمرين بحري", source: "وكالة", publishedAt: "2026-03-01" },
      { text: "المقال الأول عن اجتماع عسكري" },
      { text: "" },
      { title: "بلا نص" },
      { text: "نص", colour: "red" },
      "not an object",
    ]);
    expect(results.map((r) => r.result)).toEqual(["created", "created", "duplicate", "rejected", "rejected", "rejected", "rejected"]);
    const [first, , dup, empty, noText, unknown] = results;
    expect(dup).toMatchObject({ id: first!.result === "created" ? first!.id : "" });
    expect(empty).toMatchObject({ field: "text", reason: expect.stringMatching(/empty/) });
    expect(noText).toMatchObject({ field: "text", reason: expect.stringMatching(/required/) });
    expect(unknown).toMatchObject({ reason: expect.stringMatching(/colour/) });
    const second = results[1]!;
    if (second.result !== "created") throw new Error("expected created");
    expect(await getArticle(h.db, second.id)).toMatchObject({ source: "وكالة", publishedAt: "2026-03-01", status: "queued" });
    const counts = await h.queue.getJobCounts("waiting");
    expect(counts.waiting).toBe(2);
  });

  it("rejects an item Postgres could not store (NUL, impossible date) by field, and queues every item it stored", async () => {
    const results = await submitBatch({ db: h.db, queue: h.queue }, [
      { text: "مقال سليم أول قبل العنصر المعطوب" },
      { text: "مقال سليم ثان قبل العنصر المعطوب" },
      { text: "مقال بعنوان فيه محرف فارغ", title: "عنوان\u0000مكسور" },
      { text: "مقال بتاريخ مستحيل", publishedAt: "2026-02-31" },
      { text: "مقال بسنة صفر", publishedAt: "0000-01-01" },
      { text: "مقال برابط فيه محرف فارغ", url: "https://news.example/a\u0000b" },
    ]);
    expect(results.map((r) => r.result)).toEqual(["created", "created", "rejected", "rejected", "rejected", "rejected"]);
    expect(results.slice(2).map((r) => (r.result === "rejected" ? r.field : null))).toEqual([
      "title",
      "publishedAt",
      "publishedAt",
      "url",
    ]);
    for (const r of results.slice(0, 2)) {
      if (r.result !== "created") throw new Error("expected created");
      expect(await h.queue.getJob(r.id)).toBeDefined();
    }
  });

  it("strips bidi controls from one-line metadata, keeps the article text verbatim", async () => {
    const text = "نص \u202Eمعكوس\u202C يبقى كما هو";
    const [result] = await submitBatch({ db: h.db, queue: h.queue }, [
      { text, title: "\u202Eعنوان\u202C", source: "\u2067وكالة\u2069\u200F", author: "\u202Bكاتب\u202C" },
    ]);
    if (result?.result !== "created") throw new Error("expected created");
    expect(await getArticle(h.db, result.id)).toMatchObject({ rawText: text, title: "عنوان", source: "وكالة", author: "كاتب" });
  });
});

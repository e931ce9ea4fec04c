import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const places = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).locations.map((l) => `${l.name}|${l.country ?? ""}`);

describe("a listed town that is also a word, described with 'حيث'/'where' (places/where-described.ts)", () => {
  it("is the listed town, with its own state, whichever state the story is about", () => {
    const got = places("وفد عراقي في الأردن\nعمان - زار وفد من شركة نفط بغدادية يوم الاثنين المصانع في الزرقاء، حيث اطلع على خطوط الإنتاج، ثم عاد إلى بغداد.");
    expect(got).toContain("الزرقاء|JO");
    expect(got.some((p) => p.startsWith("الزرقاء|IQ"))).toBe(false);
  });

  it("stays the word with no 'حيث' after it", () => {
    expect(places("عنوان\nعمان - رسم الطفل البحر في اللوحة الزرقاء الكبيرة.").some((p) => p.startsWith("الزرقاء"))).toBe(false);
  });
});

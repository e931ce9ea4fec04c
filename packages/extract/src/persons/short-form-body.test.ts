import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a body's short form in brackets before a pronoun (persons/possessive-offices.ts)", () => {
  it("the pronoun points at the full name before the brackets", () => {
    const x = extractArticle({ text: "عنوان\nبحث قائد الجيش اللبناني مع رئيس بعثة قوات الأمم المتحدة المؤقتة في لبنان (اليونيفيل) وقائدها العام، اللواء ماريو فيرتي، خطة الانتشار.", fileName: "t.txt" });
    const p = x.persons.find((q) => q.name === "ماريو فيرتي");
    expect(p?.role).toContain("الأمم المتحدة المؤقتة في لبنان");
    expect(p?.country).toBeNull();
  });
});

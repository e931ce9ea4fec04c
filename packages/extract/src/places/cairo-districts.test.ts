import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// A sentence written for this test, not text from an article.

describe("a district of Cairo or Giza", () => {
  it("sets the article in Egypt, and its officials serve Egypt", () => {
    const r = extractArticle({
      text: "وزير الثقافة يفتتح معرضا للكتاب\n\nكتب: سامح عادل\n\nيفتتح الدكتور حسام الدين فاروق وزير الثقافة مساء اليوم معرض الكتاب في قاعة الفنون بالعجوزة، بحضور الكاتب ماجد رضوان رئيس الهيئة العامة للكتاب.",
      fileName: "t.txt",
    });
    expect(r.countries).toContain("EG");
    expect(r.persons.find((p) => p.name === "حسام الدين فاروق")?.country).toBe("EG");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => p.name);

describe("ل before a plain alef inside a foreign name", () => {
  it("keeps the word in the name when another name word follows it", () => {
    expect(names("واستقبل الوزير أحمد سالم اليوم الجنرال عمادو لامين سيسوكو، رئيس أركان الجيش المالي.")).toContain("عمادو لامين سيسوكو");
    expect(names("وحضر العقيد بكاري لامين كوناتي، قائد المنطقة الثالثة، الاجتماع.")).toContain("بكاري لامين كوناتي");
  });

  it("still reads ل as the preposition before a head with its office", () => {
    expect(names("وقال الوزير أحمد سالم لامين عام المجلس إن الخطة جاهزة.")).toEqual(["أحمد سالم"]);
  });
});

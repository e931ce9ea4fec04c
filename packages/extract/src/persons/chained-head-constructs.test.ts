import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text, fileName: "t.txt", publishedHint: "2026-04-20" }).persons.map((p) => [p.name, p.role]);

describe("a chained head (نائبة رئيس) in construct with the body it heads", () => {
  it("keeps the body in the role, so it is read as no name", () => {
    expect(read("ووقع الاتفاق عن الجانب الكيني سامورا نوفيلا نائبة رئيس دائرة الجمارك في وزارة المالية.")).toEqual([
      ["سامورا نوفيلا", "نائبة رئيس دائرة الجمارك في وزارة المالية"],
    ]);
  });
});

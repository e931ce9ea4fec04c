import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20", tagger: false }).persons.map((p) => [p.name, p.role]);

describe("a family name ending in اه", () => {
  it("is the name's second word, not a noun with the pronoun 'his'", () => {
    expect(read("قالت وزيرة الداخلية الغانية أبينا منساه إن الدوريات ستبدأ قريبا.")).toEqual([["أبينا منساه", "وزيرة الداخلية الغانية"]]);
    expect(read("وقال وزير الدفاع الغاني يوسف دوباه إن الحدود آمنة.")).toEqual([["يوسف دوباه", "وزير الدفاع الغاني"]]);
  });

  it("still ends a name at a noun with the pronoun after its second word", () => {
    expect(read("وقال اللواء سامي خليل مستواه في التدريب جيد.").map((p) => p[0])).toEqual(["سامي خليل"]);
  });
});

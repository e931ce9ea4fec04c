import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const others = (...lines: string[]) =>
  extractArticle({ text: ["موريتانيا والسنغال", "", ...lines].join("\n"), publishedHint: "2029-04-12" }).events.filter((e) => e.type === "other");

describe("a body's vote on an accord with another state", () => {
  it("counts the voting state only, not the partner of the accord", () => {
    const x = others(
      "نواكشوط 11 أبريل 2029 - صادقت الجمعية الوطنية الموريتانية، أمس، على اتفاقية للتعاون في مجال الصيد مع السنغال.",
      "وتنص الاتفاقية على تبادل الخبرات بين موريتانيا والسنغال.",
    );
    expect(x).toHaveLength(1);
    expect(x[0]!.countries).toEqual(["MR"]);
  });
});

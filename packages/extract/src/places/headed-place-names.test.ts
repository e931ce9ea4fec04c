import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("a direction after a headed name", () => {
  it("a masculine direction after a definite name is part of it: 'ولاية الحوض الشرقي'", () => {
    const x = extractArticle({ text: "دورية\n\nنواكشوط - سيرت وحدات الحرس دوريات في ولاية الحوض الشرقي قرب الحدود." });
    expect(x.locations.map((l) => l.name)).toContain("ولاية الحوض الشرقي");
    expect(x.locations.map((l) => l.name)).not.toContain("ولاية الحوض");
  });
});

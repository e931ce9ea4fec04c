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

describe("a word of position after a place's head", () => {
  it("names no place: 'قرية قرب بلدة X' is a village near the town, not a village called قرب", () => {
    const x = extractArticle({ text: "قصف\n\nسقطت قذيفة على قرية قرب بلدة ترانيفو فجر اليوم، وأصيب راع بجروح." });
    const names = x.locations.map((l) => l.name);
    expect(names.some((n) => /قرب/.test(n))).toBe(false);
    expect(names).toContain("ترانيفو");
  });
});

describe("a place's own head noun with the article after another head", () => {
  it("names no place: 'جزر البحيرة' are the islands of the lake named before", () => {
    const x = extractArticle({ text: "دوريات\n\nنفذ الجيش دوريات حول بحيرة فولتا، وطارد مهربين لجؤوا إلى جزر البحيرة." });
    const names = x.locations.map((l) => l.name);
    expect(names).not.toContain("جزر البحيرة");
    expect(names).toContain("بحيرة فولتا");
  });
});

import { describe, expect, it } from "vitest";
import { mergeNamesOfOneBody } from "./one-body";

// Every name and sentence below is written for these tests, not taken from an article.

const body = (name: string, start: number) => ({ name, country: null, mentions: [{ start, end: start + name.length, surface: name }] });
const starts = (o: { mentions: { start: number }[] }) => o.mentions.map((m) => m.start);

describe("the names read for one body, merged once", () => {
  it("keeps the name read first for the same name read again (the rules', then the tagger's)", () => {
    const merged = mergeNamesOfOneBody("", [body("القوات البحرية الملكية الأردنية", 5), body("شركة المراسي", 50), body("القوات البحرية الملكية الأردنية", 120)]);
    expect(merged.map((o) => o.name)).toEqual(["القوات البحرية الملكية الأردنية", "شركة المراسي"]);
    expect(starts(merged[0]!)).toEqual([5, 120]);
  });

  it("keeps a headed name closed by its state's nationality for the name printed without head and nationality", () => {
    const merged = mergeNamesOfOneBody("", [body("النجمة الخضراء", 4), body("جمعية النجمة الخضراء التونسية", 60)]);
    expect(merged.map((o) => o.name)).toEqual(["جمعية النجمة الخضراء التونسية"]);
  });

  it("keeps apart a headed name whose last word after the short name is no nationality", () => {
    const merged = mergeNamesOfOneBody("", [body("النجمة الخضراء", 4), body("جمعية النجمة الخضراء الخيرية", 60)]);
    expect(merged.map((o) => o.name)).toEqual(["النجمة الخضراء", "جمعية النجمة الخضراء الخيرية"]);
  });

  it("keeps a headed name for the name printed without its head", () => {
    const merged = mergeNamesOfOneBody("", [body("الدرع الأزرق", 90), body("قوات الدرع الأزرق", 10)]);
    expect(merged.map((o) => o.name)).toEqual(["قوات الدرع الأزرق"]);
    expect(starts(merged[0]!)).toEqual([10, 90]);
  });

  it("keeps the full name for its short form in parentheses", () => {
    const text = "أعلنت هيئة المياه الإقليمية (همإ) خطتها.";
    const full = "هيئة المياه الإقليمية";
    const merged = mergeNamesOfOneBody(text, [body(full, text.indexOf(full)), body("همإ", text.indexOf("همإ"))]);
    expect(merged.map((o) => o.name)).toEqual([full]);
    expect(merged[0]!.mentions).toHaveLength(2);
  });

  it("keeps the longest of the names one body goes by", () => {
    const merged = mergeNamesOfOneBody("", [body("الحوثيون", 0), body("جماعة أنصار الله", 40), body("أنصار الله", 80)]);
    expect(merged.map((o) => o.name)).toEqual(["جماعة أنصار الله"]);
    expect(starts(merged[0]!)).toEqual([0, 40, 80]);
  });

  it("merges each body's names apart and keeps the order the bodies were read in", () => {
    const merged = mergeNamesOfOneBody("", [body("Coastal Fisheries Board", 5), body("الدرع الأزرق", 60), body("CFB", 120), body("قوات الدرع الأزرق", 200)]);
    expect(merged.map((o) => o.name)).toEqual(["Coastal Fisheries Board", "قوات الدرع الأزرق"]);
    expect(merged.map(starts)).toEqual([[5, 120], [60, 200]]);
  });
});

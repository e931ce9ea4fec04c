import { describe, expect, it } from "vitest";
import { searchQuery, searchTerms, searchVariants } from "./search-terms";

/** Whether a query word finds a text word: the query asks for any reading the index stored. */
const finds = (query: string, word: string) => searchVariants(query).some((v) => searchVariants(word).includes(v));

describe("search terms", () => {
  it("finds a word whatever its clitics", () => {
    expect(finds("القوات", "وبالقوات")).toBe(true);
    expect(finds("الجيش", "للجيش")).toBe(true);
    expect(finds("تعاون", "والتعاون")).toBe(true);
    expect(finds("وزير", "الوزير")).toBe(true);
    expect(finds("الوزير", "وزير")).toBe(true);
  });

  it("finds spelling variants", () => {
    expect(finds("القاهرة", "القاهره")).toBe(true);
    expect(finds("اسطنبول", "إسطنبول")).toBe(true);
    expect(finds("موسي", "مُوسَى")).toBe(true);
  });

  it("brings nisba and plural forms together", () => {
    expect(finds("المصري", "المصرية")).toBe(true);
    expect(finds("مصري", "المصريين")).toBe(true);
  });

  it("does not join different words", () => {
    expect(finds("وليد", "ليبيا")).toBe(false);
    expect(finds("صدام", "خليفة")).toBe(false);
  });

  it("builds the index form with every reading", () => {
    expect(searchTerms("The U.S. Army, in Cairo!")).toBe("the u s army in cairo");
    expect(searchTerms("عام ٢٠٢٦").split(" ")).toContain("2026");
  });

  it("builds a tsquery that needs every word", () => {
    expect(searchQuery("  ")).toBeNull();
    expect(searchQuery("!!! ...")).toBeNull();
    const q = searchQuery("وزير الدفاع")!;
    expect(q).toContain("&");
    expect(q).toMatch(/^\(?[\p{L}| ()&]+$/u);
  });
});

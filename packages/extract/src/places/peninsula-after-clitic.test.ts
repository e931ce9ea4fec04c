import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a peninsula printed with a preposition on its head", () => {
  it("reads 'لشبه جزيرة X' as the peninsula, not the island site 'جزيرة X' running on", () => {
    const places = placesOf("يقع الميناء على الطرف الجنوبي لشبه جزيرة الرمال المطلة على الخليج.");
    expect(places).toContain("شبه جزيرة الرمال");
    expect(places.some((p) => p.startsWith("جزيرة الرمال"))).toBe(false);
  });
});

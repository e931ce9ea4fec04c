import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => `${l.name}:${l.kind}`);

describe("a capitalized Highway after a name", () => {
  it("reads 'the Korvel Highway' as a site", () => {
    expect(placesOf("Landslide\n\nKATHMANDU, June 4 (RSS) - Debris blocked the Korvel Highway for six hours on Monday.")).toContain("Korvel Highway:site");
  });

  it("leaves a lower-case highway, which only describes the road, alone", () => {
    expect(placesOf("Landslide\n\nKATHMANDU, June 4 (RSS) - Debris blocked the Korvel highway for six hours on Monday.").some((p) => p.includes("highway"))).toBe(false);
  });
});

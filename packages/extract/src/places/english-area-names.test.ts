import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const locationsOf = (text: string) => extractArticle({ text }).locations.map((l) => [l.name, l.country] as const);

describe("English areas and rivers named with a compass word or a lower-case noun", () => {
  it("keeps a capitalized compass word inside a region's name", () => {
    const names = locationsOf("Cocoa\n\nACCRA, May 4 (GNA) - Farms in the Lower North Region were hit by the virus.").map(([n]) => n);
    expect(names).toContain("Lower North Region");
  });
});

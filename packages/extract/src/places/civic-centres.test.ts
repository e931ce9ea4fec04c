import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a town's civic centre", () => {
  it("is a site, where the talks held at it took place", () => {
    const x = extractArticle({ text: "Minister John Smith and his counterpart Paul Brown held talks at the Harbour Civic Centre on Monday.", publishedHint: "2027-01-10" });
    expect(x.locations.map((l) => l.name)).toContain("Harbour Civic Centre");
    expect(x.events[0]?.location).toBe("Harbour Civic Centre");
  });
});

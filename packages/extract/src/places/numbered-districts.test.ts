import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("a district named by its number", () => {
  it("reads District N after a preposition as a place", () => {
    const x = extractArticle({ text: "Market opens\n\nA new farm market opened in District 9 of Hanoi on Friday, the city said." });
    expect(x.locations.map((l) => l.name)).toContain("District 9");
  });

  it("reads no place from a code joined to the number", () => {
    const x = extractArticle({ text: "Market opens\n\nThe stalls stand in Zone 3-A of the new market in Hanoi, the city said." });
    expect(x.locations.map((l) => l.name)).not.toContain("Zone 3");
  });
});

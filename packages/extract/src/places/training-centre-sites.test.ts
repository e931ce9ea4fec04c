import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => `${l.name}:${l.kind}`);

describe("a lower-case training centre after a name", () => {
  it("reads 'the Korvel training centre' and 'the Tamaro training center' as sites", () => {
    const places = placesOf("Drills\n\nRIGA, June 4 (LETA) - The minister visited the Korvel training centre on Monday, and cadets moved to the Tamaro training center a week later.");
    expect(places).toContain("Korvel training centre:site");
    expect(places).toContain("Tamaro training center:site");
  });
});

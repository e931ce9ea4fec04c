import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("an English site's noun counted by an ordinal", () => {
  it("names a unit of a force, no site", () => {
    const places = placesOf("Navy drill\n\nJAKARTA, May 4 (ANTARA) - The drill was opened by Admiral Budi Karsa, commander of the Navy's 9th Main Base in Pelmora.");
    expect(places).not.toContain("Main Base");
  });
});

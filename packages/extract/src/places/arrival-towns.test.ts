import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("an English town arrived at or set out from", () => {
  it("reads the name after 'arrived at' and after 'a passage from' as towns", () => {
    const places = placesOf("Navy visit\n\nJAKARTA, May 4 (ANTARA) - The frigates arrived at Pelmora on Monday after a three-day passage from Sandavik.");
    expect(places).toContain("Pelmora");
    expect(places).toContain("Sandavik");
  });

  it("leaves a name after 'at' with no verb of arriving alone", () => {
    const places = placesOf("Navy visit\n\nJAKARTA, May 4 (ANTARA) - The captain spoke at Pelmora on Monday about the passage.");
    expect(places).not.toContain("Pelmora");
  });
});

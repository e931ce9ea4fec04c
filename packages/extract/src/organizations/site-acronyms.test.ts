import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text }).organizations.map((o) => o.name);

describe("an acronym of a site's initials", () => {
  it("reads the initials of an airport the story names as the airport, no body", () => {
    const text = "New radar at TKIA\n\nNight flights at Tomas Kerr International Airport resumed on Monday. The radar at TKIA was paid for by the Harbour Fund.";
    expect(names(text)).not.toContain("TKIA");
  });

  it("still reads an acronym no site's name spells as a body", () => {
    const text = "Radar deal\n\nNight flights at Tomas Kerr International Airport resumed on Monday. The radar was paid for by SOMO, the state oil marketer.";
    expect(names(text)).toContain("SOMO");
  });
});

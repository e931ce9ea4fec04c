import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a Caribbean navy's ship prefix", () => {
  it("opens a ship's name, neither a body nor a person", () => {
    const text =
      "Patrol boat joins regional drill\n\nNASSAU, Bahamas - The patrol craft HMBS Coral Warden sailed from the base on Monday to join a regional drill, the Royal Bahamas Defence Force said. Its crew of thirty will train with partners from the region for a week.\n";
    const x = extractArticle({ text });
    expect(x.organizations.map((o) => o.name)).not.toContain("HMBS Coral Warden");
    expect(x.persons.map((p) => p.name)).not.toContain("Coral Warden");
  });
});

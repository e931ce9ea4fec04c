import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const orgs = (text: string) => extractArticle({ text, fileName: "en-t.txt" }).organizations.map((o) => o.name);

describe("a body read from a title-case headline", () => {
  it("is dropped when the story does not print it ('Army Boosts Border Patrols After Deadly Raid')", () => {
    const x = orgs("Army Boosts Border Patrols After Deadly Raid\n\nNAIROBI, Kenya (Reuters) — Kenya's army sent more troops to the border with Somalia on Monday after an attack killed six police officers, officials said.\n");
    expect(x.some((n) => n.startsWith("Army Boosts"))).toBe(false);
  });

  it("stays when the story names it too", () => {
    const x = orgs("Patrols Stepped Up By Kenya Defence Forces\n\nNAIROBI, Kenya (Reuters) — More troops were sent to the border with Somalia on Monday, officials said. The Kenya Defence Forces gave no numbers.\n");
    expect(x).toContain("Kenya Defence Forces");
  });
});

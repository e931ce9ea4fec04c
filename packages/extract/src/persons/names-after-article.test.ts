import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text: "Report\n\n" + text }).persons.map((p) => p.name);

describe("a capitalized run after 'the' set off before an apposed office", () => {
  it("names a body, not a person", () => {
    expect(names("The kits were paid for by Ruvo, the Clean Water Fund, the minister said.")).toEqual([]);
  });

  it("still reads a name set off before an office", () => {
    expect(names("The kits arrived on Monday, Tamsin Okoro, the minister, said.")).toContain("Tamsin Okoro");
  });
});

describe("an English office headed by Officer or Administrator before a name", () => {
  it("gives the name its office", () => {
    const x = extractArticle({ text: "Report\n\nLILONGWE, 3 March 2027 (MANA) - Roads reopened on Monday.\n\nKaronga District Water Officer Tamanda Phiri said the river rose." });
    const p = x.persons.find((q) => q.name === "Tamanda Phiri");
    expect(p?.role).toContain("Water Officer");
    expect(x.persons.map((q) => q.name)).not.toContain("Water Officer Tamanda Phiri");
  });
});

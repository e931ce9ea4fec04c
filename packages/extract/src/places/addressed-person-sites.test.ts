import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (body: string) => extractArticle({ text: `Port works\n\nTORVALE, May 3 (Reuters) - ${body}`, fileName: "en-x.txt" });

describe("a name after a form of address is a person's, though a word of it is a site's noun", () => {
  it("Mrs before a name holding Shoal reads a person, no site", () => {
    const r = read("The minister toured the halls with the harbour master, Mrs Dana Shoal Perrin, who said the pier was ready.");
    expect(r.locations.map((l) => l.name)).not.toContain("Dana Shoal Perrin");
    expect(r.persons.map((p) => p.name)).toContain("Dana Shoal Perrin");
  });

  it("a site's name with no form of address before it stays a site", () => {
    const r = read("The minister toured the new pier at Dana Shoal on Friday.");
    expect(r.locations.map((l) => l.name)).toContain("Dana Shoal");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const names = (text: string) => extractArticle({ text, fileName: "t.txt", tagger: false }).persons.map((p) => p.name);

describe("English 'Said' as a given name", () => {
  it("opens a name when a capitalized name follows it", () => {
    expect(names("Said Hassan met the visiting delegation in Tunis on Monday.")).toContain("Said Hassan");
    expect(names("The delegation was received by Said Benali Karim at the ministry.")).toContain("Said Benali Karim");
  });

  it("stays the verb before a lower-case word or after a quote", () => {
    const x = names('"We will continue," said the minister, adding that Omar Fadel Nasser met the envoy.');
    expect(x.some((n) => n.startsWith("Said"))).toBe(false);
  });
});

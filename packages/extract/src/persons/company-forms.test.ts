import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const names = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-02" }).persons.map((p) => p.name);

describe("a capitalized run with a company's legal form", () => {
  it("names a firm, not a person, before a verb of doing", () => {
    const found = names("Deals signed at the fair\n\nMekong Fresh Fruits JSC signed a memorandum with a Japanese firm on Tuesday.");
    expect(found.some((n) => /JSC|Fruits/.test(n))).toBe(false);
  });
});

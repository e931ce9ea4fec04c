import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a tribe's nisba closing a lineage", () => {
  it("is the family name, not a nationality (الكندي of Kinda, not Canada)", () => {
    const x = extractArticle({ text: "خبر\n\nوقال الرائد سالم بن حمد الكندي، قائد السرية، إن التمرين نجح في مسقط." });
    expect(x.persons.map((p) => ({ name: p.name, country: p.country }))).toEqual([{ name: "سالم بن حمد الكندي", country: "OM" }]);
    expect(x.countries).toEqual(["OM"]);
  });
});

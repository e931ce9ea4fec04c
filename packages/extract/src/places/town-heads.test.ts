import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("a name after a town noun is the town's", () => {
  it("does not list the town after 'قرب بلدة' as a person", () => {
    const x = extractArticle({ text: "هجوم في النيجر\n\nنيامي (ا ف ب) - وقالت إن هجوما على دورية للجيش قرب بلدة أيورو في 28 يناير الماضي أسفر عن مقتل 12 جنديا." });
    expect(x.persons.map((p) => p.name)).not.toContain("أيورو");
    expect(x.locations.map((l) => l.name)).toContain("أيورو");
  });
});

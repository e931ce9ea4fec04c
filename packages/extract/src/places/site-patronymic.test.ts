import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("a site named after a person with بن", () => {
  it("runs the name through بن, the father's name and the adjective", () => {
    const x = extractArticle({ text: "زيارة بحرية\n\nاستقبل قائد البحرية اليوم في قاعدة حمدان بن راشد البحرية وفدا عسكريا زائرا." });
    const names = x.locations.map((l) => l.name);
    expect(names).toContain("قاعدة حمدان بن راشد البحرية");
    expect(names).not.toContain("قاعدة حمدان بن");
  });
});

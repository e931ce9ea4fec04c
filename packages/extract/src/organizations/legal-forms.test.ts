import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("an English company named by its legal form", () => {
  it("reads the capitalized words before JSC, PLC or Ltd as a company, no person", () => {
    const x = extractArticle({ text: "News\n\nRiverbend Rice Mills JSC signed a supply deal with Harlow Cold Chain PLC on Tuesday, while Tamarind Feeds Ltd said it would join." });
    expect(x.organizations.map((o) => o.name)).toEqual(["Riverbend Rice Mills JSC", "Harlow Cold Chain PLC", "Tamarind Feeds Ltd"]);
    expect(x.persons).toEqual([]);
  });
});

describe("an English company named by its legal form spelled out", () => {
  it("reads the capitalized words before Limited or Corporation as a company", () => {
    const x = extractArticle({ text: "News\n\nA court fined Kasonde Lime Works Limited on Monday, and Orchid Bay Shipping Corporation said it would appeal." });
    expect(x.organizations.map((o) => o.name)).toEqual(["Kasonde Lime Works Limited", "Orchid Bay Shipping Corporation"]);
    expect(x.persons).toEqual([]);
  });
});

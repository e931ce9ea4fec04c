import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "News\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("capital letters that are no acronym of a body", () => {
  it("a unit printed against its number, a currency against its dollar sign", () => {
    expect(orgs("The new turbine adds 45MW to the grid, and the works cost NZ$9.2 million, officials said.")).toEqual([]);
  });

  it("a month in capitals on a dateline", () => {
    expect(orgs("APIA, 12 MARCH 2031 - The plant opened on Tuesday.")).toEqual([]);
  });
});

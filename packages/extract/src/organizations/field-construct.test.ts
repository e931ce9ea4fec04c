import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("a ministry named by its field in construct with a region", () => {
  it("reads وزارة داخلية before a region as one definite name", () => {
    expect(orgs("وقالت وزارة داخلية إقليم كردستان في بيان إن الحريق أخمد.")).toEqual(["وزارة داخلية إقليم كردستان"]);
  });

  it("reads no body from the field alone or from troops east of a place", () => {
    expect(orgs("وقالت وزارة داخلية في بيان إن الحريق أخمد، فيما وصلت قوات شرق المدينة.")).toEqual([]);
  });
});

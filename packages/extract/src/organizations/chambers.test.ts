import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) =>
  extractArticle({ text: "خبر\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("a chamber of commerce", () => {
  it("is named by its trades and the state after them", () => {
    expect(orgs("وافتتح المنتدى في غرفة تجارة وصناعة البحرين بحضور رجال أعمال.")).toContain(
      "غرفة تجارة وصناعة البحرين",
    );
  });
  it("is no room", () => {
    expect(orgs("واندلع الحريق في غرفة المحركات قرب غرفة العمليات.")).toEqual([]);
  });
});

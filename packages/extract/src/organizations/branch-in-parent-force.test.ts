import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgNames = (text: string) => extractArticle({ text: "خبر\n\n" + text }).organizations.map((o) => o.name);

describe("the force a branch is part of, after في in an office", () => {
  it("is part of the office, no body of the story", () => {
    expect(orgNames("استقبل قائد القوات الجوية في الجيش العماني اللواء الطيار سالم راشد الحارثي أمس وفدا عسكريا زائرا.")).not.toContain("الجيش العماني");
  });

  it("stays a body when the office is held in it with no branch before في", () => {
    expect(orgNames("استقبل نائب رئيس هيئة التدريب في الجيش العماني العميد سالم راشد الحارثي أمس وفدا عسكريا زائرا.")).toContain("الجيش العماني");
  });
});

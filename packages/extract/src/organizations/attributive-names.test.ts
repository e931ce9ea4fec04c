import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text }).organizations.map((o) => o.name);

describe("a body's name that qualifies a noun", () => {
  it("reads the Commonwealth before a lower-case noun as an adjective, no body", () => {
    expect(names("News\n\nThe minister said Britain would stand with its Commonwealth partners against illegal fishing.")).not.toContain("Commonwealth");
    expect(names("News\n\nThe two men discussed the Commonwealth summit due in Apia next year.")).not.toContain("Commonwealth");
  });

  it("keeps the Commonwealth a body where it acts", () => {
    expect(names("News\n\nThe Commonwealth said on Monday that it would send observers to the election.")).toContain("Commonwealth");
  });
});

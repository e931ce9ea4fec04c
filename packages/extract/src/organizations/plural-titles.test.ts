import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("an Arabic body after a plural title", () => {
  it("stands for itself: a plural title is no one person's office", () => {
    expect(orgs("وحضر حفل الاستقبال أعضاء السفارة الهندية في الدوحة.")).toEqual(["السفارة الهندية في الدوحة"]);
  });
});

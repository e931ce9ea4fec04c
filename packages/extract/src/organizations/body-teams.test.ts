import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("a team of experts of a listed body", () => {
  it("is a body named with it and what it is concerned with", () => {
    expect(orgs("عنوان\nوقال تقرير لفريق خبراء الأمم المتحدة المعني بليبيا إن الشحنات تواصلت.")).toContain("فريق خبراء الأمم المتحدة المعني بليبيا");
  });
});

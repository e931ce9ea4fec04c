import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("a head printed with the article", () => {
  it("ends before a definite noun that is the verb's object", () => {
    expect(orgs("عنوان\nوأحالت الشرطة الملف إلى المحكمة العليا في نيروبي.").some((n) => n.includes("الملف"))).toBe(false);
  });

  it("keeps the adjectives and generic words that agree with it", () => {
    expect(orgs("عنوان\nوأعلن الاتحاد العام التونسي للشغل إضرابا عاما.")).toEqual(["الاتحاد العام التونسي للشغل"]);
  });
});

describe("a coalition's head", () => {
  it("reads a coalition named in construct as a body", () => {
    expect(orgs("عنوان\nوأعلن ائتلاف النصر الوطني أنه سيقاطع جلسة البرلمان العراقي.")).toContain("ائتلاف النصر الوطني");
  });
});

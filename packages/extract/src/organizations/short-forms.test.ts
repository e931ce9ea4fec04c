import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("a short form in parentheses after a body's name", () => {
  it("is the same body, here and where it is printed again", () => {
    const x = extractArticle({ text: "عنوان\nرحبت الهيئة الحكومية للتنمية (إيغاد) بالاتفاق، وقالت إيغاد إنها سترسل مراقبين.", fileName: "t.txt" });
    expect(x.organizations.map((o) => o.name)).toEqual(["الهيئة الحكومية للتنمية"]);
    expect(x.organizations[0]!.mentions).toHaveLength(3);
  });

  it("closes a name at the word before it, even one with ل", () => {
    expect(orgs("عنوان\nأعلنت قوة الأمم المتحدة الأمنية المؤقتة لأبيي (يونيسفا) دعمها للاتفاق.")).toContain("قوة الأمم المتحدة الأمنية المؤقتة لأبيي");
  });
});

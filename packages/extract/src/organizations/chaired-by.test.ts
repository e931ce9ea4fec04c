import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("a meeting chaired by someone (organizations/chaired-by.ts)", () => {
  it("names no body in رئاسة X after ب", () => {
    const x = orgs("عنوان\nالموصل - عقدت لجنة المتابعة اجتماعا موسعا برئاسة الجبوري لمناقشة ملف النازحين.");
    expect(x.some((n) => n.startsWith("رئاسة"))).toBe(false);
    expect(orgs("عنوان\nعقد لقاء تشاوري وبرئاسة الكعبي في مدينة البصرة.").some((n) => n.startsWith("رئاسة"))).toBe(false);
  });

  it("keeps the presidency as an institution", () => {
    expect(orgs("عنوان\nبغداد - عقد اجتماع أمني برئاسة الجمهورية بحضور عدد من القادة.")).toContain("رئاسة الجمهورية");
  });
});

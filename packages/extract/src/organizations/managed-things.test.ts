import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("إدارة after في or على in construct with a thing managed (organizations/verbal-noun-heads.ts)", () => {
  it("is the managing of it, no body", () => {
    expect(orgs("عنوان\nدعا المحافظ إلى تعاون أكبر في إدارة المعابر، وإلى تدريب الموظفين على إدارة سلاسل الإمداد.")).toEqual([]);
  });

  it("leaves a department that acts a body", () => {
    expect(orgs("عنوان\nأعلنت إدارة المعابر الحدودية إغلاق البوابة مؤقتا.")).toContain("إدارة المعابر الحدودية");
  });
});

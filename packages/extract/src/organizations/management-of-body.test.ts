import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("the management of an establishment", () => {
  it("is the establishment, no body of its own", () => {
    const names = orgs("عنوان\nوقالت إدارة الشركة الوطنية للنفط إن الإنتاج عاد إلى مستواه.");
    expect(names).toContain("الشركة الوطنية للنفط");
    expect(names.some((n) => n.startsWith("إدارة"))).toBe(false);
  });

  it("leaves a service named إدارة a body", () => {
    expect(orgs("عنوان\nوأكدت إدارة الجمارك الليبية أنها ضبطت الشحنة.")).toContain("إدارة الجمارك الليبية");
  });
});

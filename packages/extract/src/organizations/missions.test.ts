import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => [o.name, o.country]);

describe("missions of international bodies", () => {
  it("reads what a body's mission is for and the state it serves in as its name", () => {
    expect(orgs("عنوان\nمقديشو - أبلغت الحكومة بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال بتفاصيل الهجوم.")).toContainEqual(["بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال", null]);
  });

  it("names a mission after the state it works in, and gives it to no state", () => {
    expect(orgs("عنوان\nباماكو - قالت بعثة الاتحاد الأوروبي في مالي إن التدريب انتهى.")).toContainEqual(["بعثة الاتحاد الأوروبي في مالي", null]);
  });
});

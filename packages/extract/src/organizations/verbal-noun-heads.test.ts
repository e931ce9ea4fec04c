import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("a head that is also a verbal noun, with ل after an indefinite noun", () => {
  it("says what the noun is for and names no body", () => {
    expect(orgs("ووقع الجانبان بروتوكولا لتنظيم التدريبات المشتركة على الحدود.")).toEqual([]);
    expect(orgs("ووقع الوزيران مذكرة لتنظيم الرحلات البحرية بين الموانئ.")).toEqual([]);
  });

  it("stays the group after a word of belonging", () => {
    expect(orgs("واعتقلت الشرطة خلية تابعة لتنظيم الجهاد الإسلامي في المدينة.")).toEqual(["تنظيم الجهاد الإسلامي"]);
  });
});

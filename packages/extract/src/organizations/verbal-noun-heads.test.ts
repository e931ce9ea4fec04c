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

describe("a head that is also the verbal noun of running an occasion, in construct with it", () => {
  it("is the organizing or the management of the occasion, no body", () => {
    expect(orgs("وشاركت الجامعة الملكية المغربية للتجذيف في تنظيم البطولة إلى جانب الاتحاد الدولي للتجذيف.")).toEqual(["الجامعة الملكية المغربية للتجذيف", "الاتحاد الدولي للتجذيف"]);
    expect(orgs("وقال المدير إن إدارة المعرض خصصت جناحا للصناعات التقليدية.")).toEqual([]);
  });

  it("stays a body when it governs no occasion", () => {
    expect(orgs("وأعلنت إدارة الهجرة ترحيل عشرين شخصا.")).toEqual(["إدارة الهجرة"]);
  });
});

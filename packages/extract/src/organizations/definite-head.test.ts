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

describe("a head of one word with the article before a ل complement", () => {
  it("is a body said again with what it does, no name", () => {
    const names = orgs("عنوان\nافتتحت هيئة السياحة الوطنية معرضا في المدينة، وقالت مديرتها إن المعرض جزء من خطة الهيئة للتعريف بالمواقع الأثرية.");
    expect(names.some((n) => n.includes("للتعريف"))).toBe(false);
    const town = orgs("عنوان\nزار الوزير موقع المصنع برفقة رئيس المجلس البلدي الذي أكد استعداد البلدية لتسهيل إجراءات الترخيص.");
    expect(town.some((n) => n.includes("لتسهيل"))).toBe(false);
  });

  it("keeps a name whose adjective of kind stands before its purpose", () => {
    expect(orgs("عنوان\nوأوصت اللجنة الوزارية لدراسة صادرات المعدات الحربية بتعديل القانون.")).toContain("اللجنة الوزارية لدراسة صادرات المعدات الحربية");
  });
});

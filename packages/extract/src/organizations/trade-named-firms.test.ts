import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text }).organizations.map((o) => [o.name, o.country]);

describe("firms named by their trade", () => {
  it("reads a quoted name with its trade after لل as a firm, whatever noun stands before it", () => {
    expect(orgs('ووقعت البلدية عقدا مع المجمع الإيطالي "فيرانو للهندسة المدنية" لتوسيع الطريق.')).toContainEqual(["فيرانو للهندسة المدنية", "IT"]);
  });

  it("reads no firm from a quoted occasion named so", () => {
    expect(orgs('وافتتح الوزير أمس أعمال "مؤتمر الدوحة للطاقة" بحضور خبراء.').map(([n]) => n)).not.toContain("مؤتمر الدوحة للطاقة");
  });

  it("reads a group's foreign name up to its nationality over the trade between", () => {
    expect(orgs("ووقعت الهيئة اتفاقية مع مجموعة سوميرا للطاقة الفرنسية لبناء محطة.")).toContainEqual(["مجموعة سوميرا للطاقة الفرنسية", "FR"]);
  });

  it("reads a group's foreign name with its trade and no nationality, with no quotes", () => {
    expect(orgs("وزار الوفد المصنع التابع لمجموعة كوراليتي لبناء السفن في المدينة.").map(([n]) => n)).toContain("مجموعة كوراليتي لبناء السفن");
    expect(orgs("ووقعت الوزارة عقدا مع مجموعة كارونيلا للصناعات البحرية أمس.").map(([n]) => n)).toContain("مجموعة كارونيلا للصناعات البحرية");
    // A group of people named by what it does is no firm.
    expect(orgs("وشكلت الحكومة مجموعة عمل للأمن الغذائي الأسبوع الماضي.")).toEqual([]);
  });

  it("reads no body from a group of things", () => {
    expect(orgs("وارتفعت أسعار مجموعة الخضروات والفواكه خلال الشهر.")).toEqual([]);
  });
});

describe("a firm called again by its own name", () => {
  it("merges the quoted word into the group named with its head", () => {
    const x = extractArticle({ text: "خبر\n\nووقعت الهيئة اتفاقية مع مجموعة سوميرا للطاقة الفرنسية. ووقع عن «سوميرا» مديرها العام." }).organizations;
    expect(x.map((o) => o.name)).toEqual(["مجموعة سوميرا للطاقة الفرنسية"]);
  });
});

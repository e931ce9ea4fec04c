import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const persons = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => p.name);

describe("a clause the tagger reads as a name", () => {
  it("is no person when it holds a preposition", () => {
    const names = persons("وحضر المناورة، التي جرت قبالة جزيرة سندار، قائد القوات البحرية الفريق كمال رستموف.");
    expect(names).toContain("كمال رستموف");
    expect(names.some((n) => n.includes("قبالة"))).toBe(false);
  });
});

describe("a noun and its adjective", () => {
  it("is no person when both end in ta marbuta", () => {
    const names = persons("وتفقد اللواء سامر حداد، أمس، المعسكر، وأمر بنشر بطاريات مدفعية إضافية ووحدات من حرس الحدود على طول الوادي.");
    expect(names).toContain("سامر حداد");
    expect(names.some((n) => n.includes("إضافية"))).toBe(false);
  });

  it("keeps a woman's name that opens with her given name", () => {
    expect(persons("وقالت الوزيرة فاطمة عطية إن الخطة جاهزة.")).toContain("فاطمة عطية");
  });
});

describe("a woman's name in ta marbuta the given-name list lacks", () => {
  it("stays a person when her family name is no nisba", () => {
    expect(persons("واستقبل الوزير سفيرة المملكة لدى تونس، رشيدة بنكيرة، في مكتبه.")).toContain("رشيدة بنكيرة");
  });
});

describe("حسن with a preposition before a set phrase", () => {
  it("is no name (بحسن التنظيم: for the good organisation)", () => {
    const x = extractArticle({ text: "البطولة\n\nوعرفت البطولة مشاركة عشرة منتخبات، وأشاد رئيس الاتحاد العربي للكرة الطائرة، السيد خليل الحمادي، بحسن التنظيم، معلنا أن النسخة المقبلة ستقام في مسقط." });
    const names = x.persons.map((p) => p.name);
    expect(names).not.toContain("حسن التنظيم");
    expect(names).toContain("خليل الحمادي");
  });
});

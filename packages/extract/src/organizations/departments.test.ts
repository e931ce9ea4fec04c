import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).organizations.map((o) => o.name);

describe("a department named by its field and a public body's adjective (organizations/departments.ts)", () => {
  it("opens a body's name with العامة or a nationality after its field", () => {
    expect(orgs("عنوان\nإربد - نشرت دائرة الإحصاءات العامة أرقام التضخم للربع الأخير.")).toContain("دائرة الإحصاءات العامة");
    expect(orgs("عنوان\nقالت دائرة الجمارك الأردنية إنها ضبطت شحنة من السجائر المهربة.")).toContain("دائرة الجمارك الأردنية");
    expect(orgs("عنوان\nتعاونت البلدية مع دائرة الأراضي والمساحة العامة في المسح.")).toContain("دائرة الأراضي والمساحة العامة");
  });

  it("is a circle or a cycle otherwise", () => {
    expect(orgs("عنوان\nحذر الخبراء من دائرة العنف المتصاعد في المدينة.")).toEqual([]);
    expect(orgs("عنوان\nعاد الملف إلى دائرة الضوء بعد التقرير.")).toEqual([]);
  });
});

describe("a group named by its nationality and what it is for (kindHeads, fieldHeads)", () => {
  it("is a body, its fields joined by و kept", () => {
    expect(orgs("عنوان\nوقعت المجموعة التونسية للموانئ والنقل البحري اتفاقا مع شركة إيطالية.")).toContain("المجموعة التونسية للموانئ والنقل البحري");
  });

  it("is no body as a rank in a contest", () => {
    expect(orgs("عنوان\nحل الفريق في المجموعة الثانية لبطولة الكأس.").filter((n) => n.startsWith("المجموعة"))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20", tagger: false });
const orgs = (text: string) => read(text).organizations.map((o) => o.name);

describe("an Arabic name ends where its complement with ل is complete", () => {
  it("leaves out the object of the verb after the name", () => {
    const names = orgs("استدعى الاتحاد المصري لكرة القدم اللاعبين الجدد إلى معسكر مغلق قبل البطولة.");
    expect(names).toContain("الاتحاد المصري لكرة القدم");
    expect(names.some((n) => n.includes("اللاعبين"))).toBe(false);
  });

  it("keeps the adjectives that agree with the complement and the state after it", () => {
    expect(orgs("ناقش المجلس الأعلى للقوات المسلحة خطط التدريب السنوية.")).toContain("المجلس الأعلى للقوات المسلحة");
    expect(orgs("قررت الهيئة الوطنية للطاقة الذرية المغربية تأجيل المؤتمر.")).toContain("الهيئة الوطنية للطاقة الذرية المغربية");
    expect(orgs("أعلن الاتحاد الدولي لكرة القدم المدربين المرشحين للجائزة.")).toContain("الاتحاد الدولي لكرة القدم");
  });
});

describe("English bodies written in lower case after a nationality", () => {
  it("reads the army, the navy and the coast guard of a state", () => {
    const x = read("The Pakistani army moved troops north, while the Egyptian navy and the Libyan coast guard searched the sea for the missing boat.");
    const names = x.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(["Pakistani army", "Egyptian navy", "Libyan coast guard"]));
    expect(x.organizations.find((o) => o.name === "Libyan coast guard")?.country).toBe("LY");
  });

  it("needs the nationality: a lower-case army alone is no name", () => {
    expect(orgs("The army moved troops north after the storm.")).toEqual([]);
  });
});

describe("a body named by the region it serves", () => {
  it("holds the region in its name, and the region is not where the talks were held", () => {
    const x = read("التقى الفريق أول سامر الدباغ رئيس الأركان في عمان اليوم وفدا من القيادة الأمريكية في أفريقيا برئاسة الجنرال دانيال برايس لبحث التدريب المشترك.");
    expect(x.organizations.map((o) => o.name)).toContain("القيادة الأمريكية في أفريقيا");
    expect(x.events.map((e) => e.location)).not.toContain("أفريقيا");
  });
});

describe("a construct chain through a plural ending in ئ", () => {
  it("reads the plural as a noun of the name, not a nisba adjective the folded key looks like", () => {
    expect(orgs("أعلنت شركة مرافئ النخيل للصناعات البحرية أنها ستسلم زورقين.")).toEqual(["شركة مرافئ النخيل للصناعات البحرية"]);
    expect(orgs("وقالت هيئة موانئ الساحل الشرقي إنها وقعت عقدا.")).toEqual(["هيئة موانئ الساحل الشرقي"]);
  });
});

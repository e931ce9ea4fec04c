import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text }).organizations.map((o) => o.name);

describe("the name of an exercise or a show", () => {
  it("quoted after an exercise's noun and its adjectives names the exercise, no body", () => {
    expect(orgs("وشاركت القوات البحرية الكينية في مناورات \"فالكونيرو\" البحرية المقررة في مارس المقبل.")).not.toContain("الكونيرو");
    expect(orgs("واختتم أمس التمرين البحري المشترك «بحر الهدوء 2027» قبالة السواحل.")).toEqual([]);
  });

  it("holds no place of the story: a sea in the quoted name is the exercise's", () => {
    const x = extractArticle({ text: "خبر\n\nواختتمت أمس فعاليات التمرين البحري المشترك «قزوين الآمن 2027» في المياه الإقليمية لأذربيجان." });
    expect(x.locations.map((l) => l.name)).toEqual(["أذربيجان"]);
    expect(x.organizations).toEqual([]);
  });

  it("before an English show's noun, or before an exercise's noun after its year, names the happening", () => {
    const x = orgs("The navy signed the deal on the second day of the SEAWAVE 2027 defence exhibition at the Lagos Expo Centre.");
    expect(x).not.toContain("SEAWAVE");
  });

  it("leaves a body holding an exercise, and a body quoted after a company's noun", () => {
    expect(orgs("The Royal Navy exercise was cancelled because of the storm.")).toContain("Royal Navy");
    expect(orgs("وأعلنت شركة \"نجمة الصحراء\" توقيع عقد جديد.")).toContain("شركة نجمة الصحراء");
  });
});

describe("the quoted title of a show", () => {
  it("holds no body among its words", () => {
    const x = extractArticle({ text: "خبر\n\nافتتح الوزير اليوم معرض «دروب البخور: التجارة بين الجزيرة والهند» في العاصمة بمشاركة 80 قطعة." });
    expect(x.organizations.filter((o) => o.name.includes("الجزيرة"))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("a joint committee named by generic words", () => {
  it("is a body when it holds its session", () => {
    expect(orgs("واتفق الطرفان على أن تعقد اللجنة العسكرية المشتركة اجتماعها القادم في المدينة الساحلية.")).toEqual(["اللجنة العسكرية المشتركة"]);
  });

  it("names none told of in passing", () => {
    expect(orgs("وبحث الجانبان سبل توسيع نطاق عمل اللجنة العسكرية المشتركة خلال الفترة القادمة.")).toEqual([]);
  });
});

describe("a committee's field among the name stops", () => {
  it("reads on after the committee's head", () => {
    expect(orgs("وقالت لجنة التعاون الزراعي المشتركة إن المحصول تحسن هذا الموسم.")).toEqual(["لجنة التعاون الزراعي المشتركة"]);
  });
});

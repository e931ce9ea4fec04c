import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text }).organizations.map((o) => [o.name, o.country]);

describe("a body named by the adjectives of two states", () => {
  it("reads the joint force with both states and gives it neither", () => {
    expect(orgs("وقرر الجانبان توسيع انتشار وحدات القوة المشتركة الموريتانية السنغالية على طول الحدود.")).toEqual([["القوة المشتركة الموريتانية السنغالية", null]]);
  });

  it("reads a joint committee of two states on to the second state before its object", () => {
    expect(orgs("وعقدت اللجنة العسكرية المشتركة الأردنية العراقية اجتماعها الدوري في عمان.")).toEqual([["اللجنة العسكرية المشتركة الأردنية العراقية", null]]);
  });

  it("reads no body from the joint force named alone", () => {
    expect(orgs("وقال الضابط إن القوة المشتركة ستنتشر قرب المعبر.")).toEqual([]);
  });
});

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

describe("customs", () => {
  it("reads a state's customs named by its nationality, not the word alone", () => {
    expect(orgs("وحضر وفد من الجمارك المغربية، فيما قال ضابط في الجمارك إن الشحنة حجزت.")).toEqual([["الجمارك المغربية", "MA"]]);
  });
});

describe("units and committees named by what they do", () => {
  it("reads an army's regiment named by its arm", () => {
    expect(orgs("وكان فوج المغاوير في الجيش قد أمن الطريق قبل وصول القافلة.").map(([n]) => n)).toContain("فوج المغاوير");
  });

  it("reads no body from the committee organizing an occasion, nor from the traffic of patrols", () => {
    expect(orgs("وقالت اللجنة المنظمة إن الطرق فتحت لتسهيل حركة الدوريات والقوارب.")).toEqual([]);
  });
});

describe("the states owning a force", () => {
  it("reads no body from the armed forces of both states", () => {
    expect(orgs("وبحث الجانبان سبل التعاون بين القوات المسلحة لكلا البلدين.")).toEqual([]);
  });
});

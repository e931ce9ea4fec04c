import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

describe("the outlet a correspondent or a byline writes for", () => {
  it("reads 'PLACE - NAME، مراسلة «OUTLET»' as the writer and the outlet", () => {
    const x = extractArticle({ text: "تونس تعزز دورياتها البحرية\n\nصفاقس - ليلى بن عمر، مراسلة «النهار الجديد»\n\nأعلنت وزارة الدفاع التونسية تعزيز الدوريات البحرية قبالة السواحل الجنوبية." });
    expect([x.source, x.author]).toEqual(["النهار الجديد", "ليلى بن عمر"]);
  });

  it("reads 'By NAME, OUTLET' as the writer and the outlet, but not a lower-case title", () => {
    const a = extractArticle({ text: "Ports agree on pilot exchange\n\nBy Karim Okafor, The Lagos Ledger\n\nLAGOS, 3 May 2027 - The two port authorities agreed on Tuesday to exchange pilots." });
    expect([a.source, a.author]).toEqual(["The Lagos Ledger", "Karim Okafor"]);
    const b = extractArticle({ text: "Ports agree on pilot exchange\n\nBy Karim Okafor, Lagos correspondent\n\nThe two port authorities agreed on Tuesday to exchange pilots." });
    expect(b.source).toBeNull();
  });

  it("reads 'PLACE - كتب NAME' as the writer, not the source, when the given name is written in two words", () => {
    const x = extractArticle({ text: "البرلمان يناقش قانون الدفاع\n\nكمبالا – كتب عبد الكريم سعيد موسى\n\nناقش البرلمان الأوغندي أمس مشروع قانون الدفاع الجديد في جلسة مطولة." });
    expect([x.source, x.author]).toEqual([null, "عبد الكريم سعيد موسى"]);
  });

  it("reads a listed outlet between the dateline's dashes and a place with its agency before a colon", () => {
    const a = extractArticle({ text: "وصول وفد عسكري\n\nلواندا - وكالات - وصل وفد عسكري رفيع إلى العاصمة الأنغولية في زيارة تستمر يومين للتباحث في التعاون." });
    expect(a.source).toBe("وكالات");
    const b = extractArticle({ text: "ضبط قارب تهريب\n\nالحديدة - سبأ:\n\nضبطت قوات خفر السواحل قاربا محملا بالوقود المهرب قبالة السواحل الغربية." });
    expect(b.source).toBe("سبأ");
  });
});

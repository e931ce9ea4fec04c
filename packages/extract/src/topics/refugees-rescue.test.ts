import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text: "خبر\n\n" + text }).topics;

describe("topics from refugees, border areas and guards, sea rescue, securing navigation and training programmes", () => {
  it("reads refugees counted in the singular as migration", () => {
    expect(topics("تؤوي المدينة الساحلية نحو خمسين ألف لاجئ في ثلاثة مخيمات مؤقتة.")).toContain("migration");
    expect(topics("The UN refugee agency said buses carried families to a camp near the river.")).toContain("migration");
  });

  it("reads border areas, a border guard and watch along the border as border security", () => {
    expect(topics("أجلت السلطات مئات الأسر من المناطق الحدودية بعد سقوط قذائف قرب القرى.")).toContain("border-security");
    expect(topics("نشر الجيش وحدات من الحرس الحدودي على طول النهر الفاصل بين البلدين.")).toContain("border-security");
    expect(topics("طالب النواب بتعزيز المراقبة على الحدود مع الجارة الشرقية.")).toContain("border-security");
  });

  it("reads sea rescue and securing navigation as maritime security", () => {
    expect(topics("تلقى مركز البحث والإنقاذ البحري نداء استغاثة من زورق صيد قرب الجزيرة.")).toContain("maritime-security");
    expect(topics("بحث الوزيران تأمين الملاحة في المضيق وحماية ناقلات النفط.")).toContain("maritime-security");
  });

  it("reads a training programme as training", () => {
    expect(topics("ناقش الجانبان برنامج تدريب الدفعة الجديدة من المجندين.")).toContain("training");
  });

  it("leaves a story with none of these cues as other", () => {
    expect(topics("زار الوزير مصنعا للنسيج في إحدى المدن الكبرى.")).toEqual(["other"]);
  });
});

describe("people crossing a border as migration", () => {
  it("reads infiltrators caught as migration, and people crossing only when told twice", () => {
    expect(topics("ضبطت دورية بحرية قاربا يقل تسعة متسللين قبالة الساحل الجنوبي.")).toContain("migration");
    expect(topics("The new terminal will serve the pilgrims who cross each spring; last year some 30,000 pilgrims used the post.")).toContain("migration");
    expect(topics("The ministers toured the new terminal built for travellers at the border post.")).not.toContain("migration");
    expect(topics("اتفق البلدان على تبادل المعلومات حول قوارب تهريب البشر والمخدرات.")).not.toContain("migration");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text: "خبر\n\n" + text }).topics;

describe("topics from migrants counted, sea borders watched, crews trained and shared borders", () => {
  it("reads migrants counted by number as migration", () => {
    expect(topics("أنقذت البحرية قاربا مطاطيا كان يقل 35 مهاجرا قبالة الساحل.")).toContain("migration");
    expect(topics("وصل 120 مهاجرين إلى الجزيرة خلال الليل على متن ثلاثة قوارب.")).toContain("migration");
  });

  it("reads watching sea borders as maritime security", () => {
    expect(topics("بحث الجانبان التعاون في مراقبة الحدود البحرية بين البلدين.")).toContain("maritime-security");
  });

  it("reads crews trained as training", () => {
    expect(topics("عرضت البحرية الإيطالية تدريب طواقم الزوارق التونسية العام المقبل.")).toContain("training");
  });

  it("reads a shared border as border security", () => {
    expect(topics("The two ministers discussed the shared border and a new joint post near the river.")).toContain("border-security");
  });
});

describe("a mutual defence treaty is military cooperation", () => {
  it("reads the treaty in either language", () => {
    expect(topics("قال الوزير إن أول دفعة من الجنود ستصل في الربيع في إطار معاهدة الدفاع المشترك بين البلدين.")).toContain("military-cooperation");
    expect(topics("The first soldiers will arrive in spring under the mutual defence treaty the two islands signed.")).toContain("military-cooperation");
  });
});

describe("a loan, a chamber of commerce and a power purchase agreement are the economy", () => {
  const sentences = [
    "The development bank provided a loan of forty million dollars for the new dam.",
    "The town's chamber of commerce welcomed the opening of the new market hall.",
    "The two utilities signed a twenty-year power purchase agreement for the plant's output.",
    "وقع الصندوق مع وزارة المالية اتفاقية قرض بقيمة عشرين مليون دولار لبناء السد.",
  ];
  it.each(sentences)("reads the economy in %s", (sentence) => {
    expect(topics(sentence)).toContain("economy");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "Story\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("a government named by its state alone", () => {
  it("is a party when it signs beside another after a verb of signing", () => {
    expect(read("أنجمينا – وقعت شركة النخيل للإنشاءات والحكومة التشادية أمس عقدا لبناء مدرسة.")).toContain("الحكومة التشادية");
  });
  it("is a party when something comes from it", () => {
    expect(read("وأوضح المدير أن المشروع جاء استجابة لطلب من الحكومة التشادية.")).toContain("الحكومة التشادية");
    expect(read("The school was built with funds from the Korean government, officials said.")).toContain("Korean government");
  });
  it("is a party opening an English sentence as its subject", () => {
    expect(read("The Fijian Government on Friday opened a new clinic in the north.")).toContain("Fijian Government");
  });
  it("is a party that did something as the subject of a reported clause", () => {
    expect(read("وأضاف المتحدث أن الحكومة التشادية طلبت من الشركاء دعما إضافيا للمشروع.")).toContain("الحكومة التشادية");
    expect(read("وأشار الوزير إلى أن حكومة الولاية خصصت مبالغ لصيانة الطرق.")).toContain("حكومة الولاية");
  });
  it("is the state when a reported clause says what it is or will do, not what it did", () => {
    expect(read("وأضاف المتحدث أن الحكومة التشادية \"لن تتخلى عن مواطنيها\".")).not.toContain("الحكومة التشادية");
    expect(read("وأضاف المتحدث أن الحكومة التشادية ستخصص مبالغ إضافية.")).not.toContain("الحكومة التشادية");
  });
  it("is the state when it is thanked or spoken of", () => {
    expect(read("وشكر الوزير الحكومة التشادية على دعمها للمشروع.")).not.toContain("الحكومة التشادية");
    expect(read("He thanked the Korean government for its help with the school.")).not.toContain("Korean government");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-06" });
const others = (x: ReturnType<typeof read>) => x.events.filter((e) => e.type === "other");

describe("a happening told after the one the sentence reports", () => {
  it("reads a deployment and the attack it came two days after as two", () => {
    const x = read(
      "تعزيزات على الحدود",
      "",
      "نجامينا - أعلن الجيش التشادي يوم الأحد نشر نحو ألف جندي إضافي في جزر بحيرة تشاد، بعد يومين من هجوم شنه مسلحون على قاعدة عسكرية قرب بلدة باغا سولا.",
      "وقال ضابط إن الوضع هادئ.",
    );
    expect(others(x)).toHaveLength(2);
    expect(others(x).map((e) => e.location)).toEqual(["بحيرة تشاد", "باغا سولا"]);
    expect(others(x)[1]?.date).toBe("2027-04-30");
  });

  it("reads the clashes an agreement followed as a happening of their own, undated", () => {
    const x = read("Pact", "", "LUSAKA - Zambia and Malawi agreed on Friday to hold joint patrols on their border following clashes between herders that killed four people.", "Officials said the area was calm.");
    expect(x.events.map((e) => e.type)).toEqual(["agreement", "other"]);
    expect(others(x)[0]?.date).toBeNull();
    const ar = read(
      "اتفاق على قوة مشتركة",
      "",
      "كادوقلي - اتفق وزيرا الدفاع في البلدين، في ختام محادثات بمدينة كادوقلي، على نشر قوة شرطة مشتركة في المنطقة المتنازع عليها، عقب اشتباكات بين رعاة من الجانبين أسفرت عن مقتل تسعة أشخاص.",
      "وقال ضابط إن الوضع هادئ.",
    );
    expect(ar.events.map((e) => e.type)).toEqual(["agreement", "other"]);
  });

  it("reads no earlier one in a happening named with the article, told already", () => {
    const x = read("Pact", "", "LUSAKA - Zambia and Malawi agreed on Friday to hold joint patrols on their border after the clashes.", "Officials said the area was calm.");
    expect(x.events.map((e) => e.type)).toEqual(["agreement"]);
  });

  it("reads a happening dated some weeks back after the one reported as an earlier one, dated back", () => {
    const x = read("Crew freed", "", "LAGOS - The navy on Saturday freed seven sailors from a tanker that pirates attacked off Cotonou two weeks ago.", "Officials said the crew was well.");
    expect(others(x).map((e) => [e.location, e.date])).toEqual([["Lagos", "2027-05-01"], ["Cotonou", "2027-04-17"]]);
    const ar = read("الإفراج عن بحارة", "", "لومي - أعلنت البحرية اليوم الإفراج عن سبعة بحارة من طاقم ناقلة نفط هاجمها قراصنة قبالة ميناء كوتونو قبل ثلاثة أسابيع.", "وقال ضابط إن البحارة بخير.");
    expect(others(ar).map((e) => e.date)).toEqual(["2027-05-06", "2027-04-15"]);
  });

  it("dates an earlier attack by the day its own clause prints, not counted back from it", () => {
    const x = read(
      "Border talks",
      "",
      "LOME, May 6 (Wire) - Togo and Burkina Faso signed a security memorandum in Dapaong on Wednesday.",
      "The talks came two days after gunmen attacked a police post at Sinkasse on Monday, the ministry said.",
    );
    expect(others(x).map((e) => e.date)).toEqual(["2027-05-03"]);
  });
});

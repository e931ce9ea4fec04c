import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const names = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).persons.map((p) => p.name);

describe("words that no person bears", () => {
  it("reads no person in a currency printed after a sum", () => {
    const p = names("قرض جديد", "وقع الصندوق العربي اليوم الاثنين اتفاقية قرض مع جمهورية طاجيكستان بقيمة 12 مليون دينار كويتي (نحو 40 مليون دولار أمريكي) لتمويل مشروع.");
    expect(p).toEqual([]);
  });

  it("reads no person in the field words of an institute's name", () => {
    const p = names("Talks in Minsk", "Analyst Pavel Rudenko of the Belarus Institute for Strategic Studies said the talks went well.");
    expect(p).toEqual(["Pavel Rudenko"]);
  });

  it("reads no person in a decree issued by an office", () => {
    const p = names("تعيين", "أصدر الرئيس الكيني قرارا بتعيين اللواء بيتر كاماو قائدا للجيش.");
    expect(p).toEqual(["بيتر كاماو"]);
  });
});

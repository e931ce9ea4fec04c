import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("towns of the Algerian interior, southern Africa and the Levant", () => {
  const places = (text: string) => extractArticle({ text: "خبر\n\n" + text }).locations.map((l) => l.name);
  it("are read as cities", () => {
    expect(places("انتقل الموكب من تبسة إلى سوق أهراس ثم إلى خنشلة.")).toEqual(expect.arrayContaining(["تبسة", "سوق أهراس", "خنشلة"]));
    expect(places("التقى الوزيران في بعبدا قبل زيارة الفياضية.")).toEqual(expect.arrayContaining(["بعبدا", "الفياضية"]));
    const en = extractArticle({ text: "Rangers meet\n\nRangers from Maun and Kasane met officers from Rundu on Tuesday." }).locations.map((l) => l.name);
    expect(en).toEqual(expect.arrayContaining(["Maun", "Kasane", "Rundu"]));
  });
});

describe("towns of two words, of the West Bank and of Micronesia", () => {
  const places = (text: string) => extractArticle({ text: "خبر\n\n" + text }).locations.map((l) => `${l.name}/${l.country}`);
  it("are read whole, with their states", () => {
    expect(places("زار الوزير الكلية العسكرية في مدينة فينر نويشتات جنوب فيينا.")).toContain("فينر نويشتات/AT");
    expect(places("افتتح الوزير مدرسة جديدة في بيت جالا ثم زار بيت ساحور.")).toEqual(expect.arrayContaining(["بيت جالا/PS", "بيت ساحور/PS"]));
    const en = extractArticle({ text: "Aid arrives\n\nThe ship unloaded supplies in St John's before medical teams flew on to Yap and to Kosrae." }).locations.map((l) => `${l.name}/${l.country}`);
    expect(en).toEqual(expect.arrayContaining(["St John's/AG", "Yap/FM", "Kosrae/FM"]));
  });
});

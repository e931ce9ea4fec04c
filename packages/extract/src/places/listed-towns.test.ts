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

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { tokenize } from "../text/tokens";
import { findDates } from "./find";

// Every line below is written for these tests, not taken from an article.

describe("a day of the month spelled as an Arabic ordinal", () => {
  it("dates the report from a dateline with the day in words", () => {
    const x = extractArticle({
      text: "افتتاح جسر جديد على الوادي\n\nقسنطينة، الأربعاء الثالث من مارس 2027 (وكالة) - افتتح والي الولاية اليوم جسرا جديدا يربط ضفتي الوادي بعد عامين من الأشغال.\n\nوقال الوالي إن الجسر سيخفف الازدحام في وسط المدينة.\n",
    });
    expect(x.published).toBe("2027-03-03");
  });

  it("reads compound ordinals, and a 'من' after no ordinal is no date", () => {
    const isoOf = (s: string) => {
      const tokens = tokenize(s);
      return findDates(tokens, s).map((d) => d.iso);
    };
    expect(isoOf("يبدأ الموسم في الحادي والعشرين من يونيو 2027 وينتهي في الثاني عشر من يوليو 2027.")).toEqual(["2027-06-21", "2027-07-12"]);
    expect(isoOf("تنطلق المرحلة الثانية من يونيو 2027 بحسب البلدية.")).toEqual([]);
    expect(isoOf("يصادف العاشر من مايو 2027 ذكرى التأسيس.")).toEqual(["2027-05-10"]);
  });
});

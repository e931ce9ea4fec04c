import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { resolveWeekday } from "./calendar";

// Every article below is written for these tests, not taken from a page.

const dates = (text: string) => extractArticle({ text }).events.map((e) => e.date);

describe("relative days counted from the publication date", () => {
  it("reads 'أول أمس' as two days back", () => {
    expect(dates("قصف حدودي\n\nالرباط ١٠ أبريل ٢٠٢٦ (و م ع) - شن مسلحون مساء أول أمس هجوما على موقع عسكري قرب بلدة فكيك.")).toContain("2026-04-08");
  });

  it("reads 'أمس الأول' as two days back, as 'أول أمس'", () => {
    expect(dates("تدريب مشترك\n\nتونس ١٢ مارس ٢٠٢٧ (وات) - اختتمت وحدات من الجيشين أمس الأول تمرينا مشتركا لمكافحة التهريب قرب مدينة قفصة.")).toContain("2027-03-10");
  });

  it("reads 'قبل أسبوعين' as fourteen days back, but not 'قبل يومين من' another day", () => {
    expect(dates("اتفاق أمني\n\nنواكشوط ٢٠ مايو ٢٠٢٦ (وما) - وكان وزيرا الدفاع قد وقعا قبل أسبوعين في نواكشوط اتفاقا لتسيير دوريات مشتركة.")).toContain("2026-05-06");
    expect(dates("اتفاق أمني\n\nنواكشوط ٢٠ مايو ٢٠٢٦ (وما) - وكان وزيرا الدفاع قد وقعا قبل يومين من الانتخابات في نواكشوط اتفاقا لتسيير دوريات مشتركة.")).not.toContain("2026-05-18");
  });

  it("puts a past weekday named on that same weekday a week back", () => {
    // 2026-06-09 is a Tuesday.
    expect(resolveWeekday("2026-06-09", 2, false, true)).toBe("2026-06-02");
    expect(resolveWeekday("2026-06-09", 2, false)).toBe("2026-06-09");
    expect(resolveWeekday("2026-06-09", 0, false, true)).toBe("2026-06-07");
  });
});

describe("English ordinal days", () => {
  it("reads 'Monday 12th April 2026' and 'April 3rd, 2026' as dates", () => {
    const a = extractArticle({ text: "Monday 12th April 2027\n\nBoat seized off Tobago\n\nSCARBOROUGH (CMC) — Coast guard officers seized a boat carrying rifles on Sunday, police said." });
    expect(a.published).toBe("2027-04-12");
    expect(a.events.map((e) => e.date)).toContain("2027-04-11");
    const b = extractArticle({ text: "Drill ends\n\nApril 3rd, 2026\n\nBRIDGETOWN (CMC) — Barbados and Guyana ended a joint coast guard drill on Friday, officials said." });
    expect(b.published).toBe("2026-04-03");
  });
});

describe("a time with its zone's offset before the date", () => {
  it("reads 'Updated 3:17 PM GMT+3, September 12, 2024' as the publication date, and 'on Thursday' by it", () => {
    const a = extractArticle({ text: "Ports agree on pilots\n\nBy JANE ROE Associated Press\n\nUpdated 9:05 AM GMT+2, March 4, 2027\n\nATHENS (AP) — The port authorities of Greece and Cyprus on Wednesday signed an agreement to share harbour pilots, officials said." });
    expect(a.published).toBe("2027-03-04");
    expect(a.events.map((e) => e.date)).toContain("2027-03-03");
  });
});

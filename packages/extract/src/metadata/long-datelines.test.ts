import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

describe("datelines that run past a date in both calendars or close with slashes", () => {
  it("reads the Gregorian date of a Hijri dateline closed by the agency's brackets and a dash", () => {
    const x = extractArticle({ text: "توقيع مذكرة تعاون بحري\n\nمسقط ١٠ شوال ١٤٤٨ هـ الموافق ١٩ مارس ٢٠٢٧ (د ب أ) - وقع البلدان اليوم مذكرة تعاون في مجال الأمن البحري والتدريب المشترك." });
    expect(x.published).toBe("2027-03-19");
    expect(x.source).toBe("د ب أ");
  });

  it("reads the date of a dateline whose agency stands between slashes", () => {
    const x = extractArticle({ text: "توقيع اتفاقية تدريب\n\nالشارقة في 4 مايو 2027 / وام / وقع الجانبان اليوم اتفاقية للتعاون في مجال التدريب البحري." });
    expect(x.published).toBe("2027-05-04");
    expect(x.source).toBe("وام");
  });
});

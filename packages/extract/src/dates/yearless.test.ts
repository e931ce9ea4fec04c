import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { yearlessDate } from "./yearless";

// Every fixture below is a sentence written for these tests, not text from an article.

describe("a date printed without its year", () => {
  it("files a dateline in the publication year, or the year before when that day is still to come", () => {
    expect(yearlessDate(3, 12, "2026-03-14", true)).toBe("2026-03-12");
    expect(yearlessDate(12, 28, "2026-01-02", true)).toBe("2025-12-28");
  });

  it("takes the day nearest the publication date elsewhere in the report", () => {
    expect(yearlessDate(1, 20, "2026-12-03", false)).toBe("2027-01-20");
    expect(yearlessDate(11, 30, "2026-12-03", false)).toBe("2026-11-30");
    expect(yearlessDate(2, 30, "2026-12-03", false)).toBeNull();
  });

  it("dates the event told in a dateline's sentence", () => {
    const x = extractArticle({
      text: "القاهرة في 12 مارس - التقى وزير الدفاع المصري الفريق أول منير الجوهري وزير الدفاع اليوناني نيكوس ستافرو لبحث التعاون العسكري بين البلدين.",
      publishedHint: "2026-03-14",
      tagger: false,
    });
    expect(x.events.find((e) => e.type === "meeting")?.date).toBe("2026-03-12");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const lead = "استقبل رئيس هيئة الأركان العامة الفريق الركن سالم بن حمد الداهش في مكتبه اليوم قائد القوات البحرية الباكستانية الأدميرال طارق جميل خان، وبحثا التعاون العسكري.";

describe("a dateline with no dash: the place, the date, then the agency", () => {
  it("reads 'الرياض 8 فبراير 2027 م واس' opening the report as dateline, source and date", () => {
    const x = extractArticle({ text: `لقاء عسكري\n\nالرياض 8 فبراير 2027 م واس ${lead}` });
    expect(x.published).toBe("2027-02-08");
    expect(x.source).toBe("واس");
    expect(x.events.map((e) => e.date)).toContain("2027-02-08");
  });

  it("reads both calendars and the agency in brackets", () => {
    const x = extractArticle({ text: `لقاء عسكري\n\nجدة 20 رجب 1448 هـ الموافق 8 فبراير 2027 م (واس) ${lead}` });
    expect(x.published).toBe("2027-02-08");
    expect(x.source).toBe("واس");
  });

  it("a lead opening with a place and a date but no agency is no dateline", () => {
    const x = extractArticle({ text: `لقاء عسكري\n\nالرياض 8 فبراير 2027 شهدت العاصمة ${lead}` });
    expect(x.published).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const names = (text: string) => extractArticle({ text, tagger: false }).locations.map((l) => l.name);

describe("where an Arabic site's name ends", () => {
  it("ends before an adjective placing the site against another (المجاورة, المقابل)", () => {
    const got = names("تفقد الوزير مطار سالي الدولي الذي بني على جزيرة سالي المجاورة، ثم عبر إلى منفذ دوران المقابل.");
    expect(got).toContain("جزيرة سالي");
    expect(got).toContain("منفذ دوران");
    expect(got).not.toContain("جزيرة سالي المجاورة");
  });

  it("ends before ب on a region's head: the province the site lies in", () => {
    const got = names("زار الوزير أمس مدرسة التدريب في معسكر تيراك بمقاطعة فولدن.");
    expect(got).toContain("معسكر تيراك");
    expect(got).not.toContain("معسكر تيراك بمقاطعة");
  });

  it("reads a street and a gate by their own names, not a portal after the article", () => {
    const got = names("تجول الوفد في شارع الورود وبوابة نرام وتابع الخبر على بوابة الأهرام.");
    expect(got).toEqual(expect.arrayContaining(["شارع الورود", "بوابة نرام"]));
    expect(got).not.toContain("بوابة الأهرام");
  });

  it("keeps an airport's second name before its kind, and leaves the town after في out of its name", () => {
    const got = names("حطت الطائرة في مطار بانغي مبوكو الدولي ثم أقلعت إلى مطار سولو الدولي في أديس أبابا.");
    expect(got).toEqual(expect.arrayContaining(["مطار بانغي مبوكو الدولي", "مطار سولو الدولي", "أديس أبابا"]));
    expect(got).not.toContain("مطار سولو الدولي في أديس أبابا");
  });
});

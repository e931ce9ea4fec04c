import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a centre named by its work is no place", () => {
  it("'مركز' before a noun of what it does names a facility, not a site", () => {
    const places = read("جولة تفقدية\n\nعمان - تفقد قائد سلاح الجو مركز تدريب المظليين ومركز المراقبة البحرية في إربد يوم الخميس.");
    expect(places).toContain("إربد");
    expect(places.some((p) => p.startsWith("مركز"))).toBe(false);
  });

  it("a centre named after a place or a king stays a site", () => {
    const places = read("زيارة ميدانية\n\nعمان - زار الوزير مركز حدود الرمثا ثم مركز الملك عبدالله الثاني للتصميم يوم الأحد.");
    expect(places).toEqual(expect.arrayContaining(["مركز حدود الرمثا", "مركز الملك عبدالله الثاني للتصميم"]));
  });
});

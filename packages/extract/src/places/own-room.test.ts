import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text }).locations.map((l) => `${l.name}/${l.kind}`);

describe("a site noun with a pronoun before a place in ب", () => {
  it("is someone's own office in that city, no named site", () => {
    const places = read("لقاء عسكري\n\nاستقبل اللواء سامر الخطيب في مكتبه بالمنامة اليوم وفدا عسكريا من كينيا.");
    expect(places).toContain("المنامة/city");
    expect(places.some((p) => p.startsWith("مكتبه"))).toBe(false);
  });

  it("leaves a library named by its city a site", () => {
    const places = read("ثقافة\n\nزار الوفد مكتبة الإسكندرية يوم الأحد واطلع على مخطوطاتها.");
    expect(places).toContain("مكتبة الإسكندرية/site");
  });
});

describe("a seat named with a pronoun", () => {
  it("is someone's own residence or command, no site", () => {
    const places = read("عشاء رسمي\n\nأقام السفير مأدبة عشاء للوفد في مقر إقامته مساء الخميس، ثم التقى قائد البحرية ضيفه بمقر قيادتها في مدينة مصوع.");
    expect(places).toContain("مصوع/city");
    expect(places.some((p) => p.startsWith("مقر"))).toBe(false);
  });
});

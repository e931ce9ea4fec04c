import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text: "خبر\n\n" + text }).topics;

describe("land crossings, passports and customs, and shared wanted lists", () => {
  it("reads land crossings and their passport and customs checks as border security", () => {
    expect(topics("بحث المسؤولان تسهيل حركة الشاحنات عبر المنافذ البرية بين البلدين.")).toContain("border-security");
    expect(topics("افتتحت الهيئة صالة جديدة لإنهاء إجراءات الجوازات في محطة واحدة.")).toContain("border-security");
    expect(topics("The two ministers agreed to speed up passport control at the busiest land crossings.")).toContain("border-security");
  });

  it("reads lists of wanted people merged between two states as intelligence sharing", () => {
    expect(topics("اتفق الوزيران على توحيد قوائم المطلوبين بين الجهازين.")).toContain("intelligence-sharing");
    expect(topics("The police forces will merge their watch lists of suspected traffickers.")).toContain("intelligence-sharing");
  });
});

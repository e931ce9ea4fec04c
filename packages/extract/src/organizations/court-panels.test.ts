import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const orgs = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false }).organizations.map((o) => o.name);

describe("the bench a court sits as", () => {
  it("is listed as the court it belongs to", () => {
    const x = orgs("وقالت الهيئة الموسعة لمحكمة الاستئناف العليا إنها ردت الطعن المقدم من الدفاع.");
    expect(x).toContain("محكمة الاستئناف العليا");
    expect(x.some((n) => n.includes("الهيئة"))).toBe(false);
  });
  it("restores the article the ل swallowed", () => {
    expect(orgs("وقررت الهيئة العامة للمحكمة الدستورية رفض الطلب.")).toEqual(["المحكمة الدستورية"]);
  });
  it("names no body when its court is told only by its head", () => {
    expect(orgs("وأصدرت الحكم هيئة المحكمة برئاسة القاضي سمير نوفل.")).toEqual([]);
  });
  it("leaves an authority that is no bench alone", () => {
    expect(orgs("وأعلنت هيئة النزاهة الاتحادية فتح تحقيق في العقود.")).toContain("هيئة النزاهة الاتحادية");
  });
});

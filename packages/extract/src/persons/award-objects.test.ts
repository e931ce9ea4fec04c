import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const persons = (lead: string) => extractArticle({ text: `تخريج دفعة\n\nبيروت - ${lead}` }).persons.map((p) => p.name);

describe("an award after a name", () => {
  it("ends the name before it, after a rank", () => {
    const names = persons("وتسلمت الملازم سارة خليل حداد جائزة أفضل قناصة في الدورة من قائد الجيش خلال الحفل الذي أقيم في الكلية الحربية.");
    expect(names).toContain("سارة خليل حداد");
    expect(names.some((n) => n.includes("جائزة"))).toBe(false);
  });
});

describe("a clause opener read as a name", () => {
  it("is no person, whatever role stands before it", () => {
    const names = persons("وتسلمت الملازم سارة خليل حداد جائزة أفضل قناصة من قائد الجيش، فيما نال الملازم أول كريم نصار المرتبة الثانية في الدورة.");
    expect(names.some((n) => n.startsWith("فيما"))).toBe(false);
  });
});

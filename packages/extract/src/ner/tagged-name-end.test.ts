import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text }).persons.map((p) => p.name);

describe("a name after a nationality ends before a verb or a noun in construct", () => {
  it("ends before a present-tense verb the name is the subject of", () => {
    const feminine = names("البحرينية سلمى راشد تحرز فضية القفز في البطولة العربية\n\nالمنامة - أحرزت العداءة البحرينية سلمى راشد الميدالية الفضية.");
    expect(feminine).toContain("سلمى راشد");
    expect(feminine.some((n) => n.includes("تحرز"))).toBe(false);
    const masculine = names("الكويتي سالم ناصر يحرز فضية القفز\n\nالمنامة - أحرز العداء الكويتي خالد فهد الميدالية الفضية.");
    expect(masculine).toContain("سالم ناصر");
    expect(masculine.some((n) => n.includes("يحرز"))).toBe(false);
  });

  it("ends before a noun that governs a definite noun", () => {
    const read = names("خبر\n\nوتفوقت العداءة سلمى راشد على الأردنية رنا سامي نصار صاحبة المركز الثاني في السباق.");
    expect(read).toContain("رنا سامي نصار");
    expect(read.some((n) => n.includes("صاحبة"))).toBe(false);
  });

  it("keeps a compound given name and a nisba", () => {
    expect(names("خبر\n\nوشارك الأردني محمد نور الدين في السباق.")).toContain("محمد نور الدين");
  });
});

describe("a foreign family name in ت after a feminine nationality", () => {
  it("stays in the name", () => {
    expect(names("خبر\n\nرحبت رئيسة البعثة الأممية، الكندية جولي-مو تيرمبلاي، بالقرار مؤكدة أن البعثة ستواصل عملها.")).toContain("جولي-مو تيرمبلاي");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text }).locations.map((l) => `${l.name}/${l.kind}`);

describe("a building's common noun named after a king or a prince", () => {
  it("'جسر الملك X', 'مجمع الأمير X': the bare name after the title is the eponym's, part of the site", () => {
    const places = read("عبور\n\nالخبر - عبرت القافلة جسر الملك خالد فجر الأحد، ثم توقفت عند مجمع الأمير سلطان الطبي للتزود بالوقود.");
    expect(places).toContain("جسر الملك خالد/site");
    expect(places).toContain("مجمع الأمير سلطان الطبي/site");
    expect(places).not.toContain("جسر الملك/site");
  });

  it("a bare indefinite word after the common noun still describes it, no name", () => {
    const places = read("صناعة\n\nعمان - افتتح الوزير مجمع تخزين للحبوب قرب العاصمة.");
    expect(places.some((p) => p.startsWith("مجمع"))).toBe(false);
  });
});

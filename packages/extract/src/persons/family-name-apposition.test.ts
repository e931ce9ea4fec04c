import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("an office set off after the family name alone, in a later sentence", () => {
  it("is the office of the one person whose name ends in it", () => {
    const text = "افتتاح مصنع\n\nوزار سامر عبد الكريم الزين، صباح أمس، المنطقة الصناعية في إربد.\n\nوقال الزين، مدير عام المصنع، إن الإنتاج سيبدأ الشهر المقبل.";
    expect(person(text, "سامر عبد الكريم الزين")?.role).toBe("مدير عام المصنع");
  });

  it("is nobody's when two people share the family name", () => {
    const text = "افتتاح مصنع\n\nوزار سامر الزين وشقيقه كمال الزين، صباح أمس، المنطقة الصناعية في إربد.\n\nوقال الزين، مدير عام المصنع، إن الإنتاج سيبدأ الشهر المقبل.";
    expect(person(text, "سامر الزين")?.role ?? null).toBeNull();
  });
});

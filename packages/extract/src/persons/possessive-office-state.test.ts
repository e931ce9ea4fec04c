import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article; the people are invented.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20" }).persons.find((p) => p.name === name);

describe("the state of an office said with a pronoun (persons/possessive-offices.ts)", () => {
  it("is the one printed in the body the pronoun points to, not in the last body listed", () => {
    const p = person("عنوان\nعمان - وقعت المجموعة الأردنية للمناطق الصناعية والتقنية اتفاقية مع شركة دجلة للنقل البري العراقية. ووقع الاتفاقية عن المجموعة رئيستها التنفيذية، سلوى الحديد، وعن الشركة مديرها، كريم الساعدي.", "سلوى الحديد");
    expect(p?.role).toBe("الرئيسة التنفيذية للمجموعة الأردنية للمناطق الصناعية والتقنية");
    expect(p?.country).toBe("JO");
  });
});

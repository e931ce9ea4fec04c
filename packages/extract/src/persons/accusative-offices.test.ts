import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const names = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).persons.map((p) => p.name);

describe("an office head in the indefinite accusative after a name", () => {
  it("ends the name of the one appointed (قائدا للجيش)", () => {
    expect(names("تعيين قائد جديد", "نيروبي - أصدر الرئيس قرارا بتعيين اللواء بيتر كاماو نجوروغي قائدا للجيش الكيني.")).toContain("بيتر كاماو نجوروغي");
  });

  it("ends a name after a title too (رئيسا للجنة)", () => {
    expect(names("تعيين", "القاهرة - وعين المجلس السفير كمال يوسف منصور رئيسا للجنة الحوار.")).toContain("كمال يوسف منصور");
  });
});

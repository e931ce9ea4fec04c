import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("a body said again by the opening words of its full name", () => {
  const text =
    "دوريات على الحدود\n\nالجنينة - وكالات\n\nاتفق الطرفان أمس على تعزيز القوة المشتركة السودانية التشادية بعربات جديدة لمراقبة الطرق.\n\nوزار الوزيران لاحقا مقر القوة المشتركة في ضاحية المدينة، حيث استقبلهما قائدها، العقيد حامد إسحاق بخيت، الذي شرح خطط الانتشار.";

  it("gives an office with a pronoun the body's full name", () => {
    expect(person(text, "حامد إسحاق بخيت")?.role).toBe("قائد القوة المشتركة السودانية التشادية");
  });

  it("leaves the commander of a body two states share with neither state", () => {
    expect(person(text, "حامد إسحاق بخيت")?.country).toBeNull();
  });

  it("keeps the state of the side the office names (من الجانب …)", () => {
    const other = text.replace("قائدها، العقيد", "قائدها من الجانب التشادي، العقيد");
    expect(person(other, "حامد إسحاق بخيت")?.country).toBe("TD");
  });
});

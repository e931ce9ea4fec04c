import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("a spokesman of a body printed again by its head alone", () => {
  it("serves the state of the body of that head named before ('الناطقة باسم الوزارة')", () => {
    const text = "صفقة مدافع\n\nنيروبي - وكالات\n\nوافقت وزارة الدفاع الأوغندية أمس على بيع مدافع إلى تنزانيا. وقالت الناطقة باسم الوزارة سعاد منير حمدي إن تنزانيا ستتسلم الدفعة الأولى قبل نهاية العام.";
    expect(person(text, "سعاد منير حمدي")).toMatchObject({ role: "الناطقة باسم الوزارة", country: "UG" });
  });
});

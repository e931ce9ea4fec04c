import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (body: string, name: string) => extractArticle({ text: "تعيين جديد\n\n" + body }).persons.find((p) => p.name === name);

describe("an office given by an appointing verb, in the accusative after the name", () => {
  it("is the appointee's role, not the office of the one who appoints, and his state is the appointer's", () => {
    const p = person("عين الرئيس الكيني اللواء جون موانغي قائدا للقوات البرية يوم الاثنين.", "جون موانغي");
    expect([p?.rank, p?.role, p?.country]).toEqual(["اللواء", "قائد القوات البرية", "KE"]);
  });

  it("reads a name with no rank, and an office in construct after لـ", () => {
    expect(person("وعين وزير الدفاع المغربي سعيد أحمد العلمي رئيساً لأركان الحامية.", "سعيد أحمد العلمي")?.role).toBe("رئيس أركان الحامية");
  });

  it("leaves the office before the name when no appointing verb stands before it", () => {
    expect(person("استقبل وزير الدفاع الكيني اللواء جون موانغي في مكتبه.", "جون موانغي")?.role).toBe("وزير الدفاع الكيني");
  });

  it("gives the office to the name after a verbal noun of appointing (قرارا بتعيين)", () => {
    expect(person("أصدر الرئيس قرارا بتعيين اللواء بيتر كاماو قائدا للجيش الكيني.", "بيتر كاماو")?.role).toBe("قائد الجيش الكيني");
  });
});

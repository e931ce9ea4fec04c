import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const persons = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).persons.map((p) => [p.name, p.role, p.country]);

describe("a role printed after the name", () => {
  it("reads English roles in lower case after a comma, with the state that owns them", () => {
    const p = persons(
      "Talks in Ankara",
      "ANKARA - Kemal Aydin, Turkey’s defense minister, met Viktor Sorokin, the Russian defense minister, on Monday. Also present was Gen. Murat Celik, chief of the general staff. Faisal bin Nasser, the Saudi crown prince, called later.",
    );
    expect(p).toEqual(
      expect.arrayContaining([
        ["Kemal Aydin", "defense minister", "TR"],
        ["Viktor Sorokin", "Russian defense minister", "RU"],
        ["Murat Celik", "chief of the general staff", "TR"],
        ["Faisal bin Nasser", "Saudi crown prince", "SA"],
      ]),
    );
  });

  it("reads an Arabic name right before its role without a comma when it opens with a given name", () => {
    const p = persons("وزير يزور أنقرة", "التقى وزير الدفاع التركي كمال أيدين مع سيرغي سوروكين وزير الدفاع الروسي في أنقرة.");
    expect(p).toEqual(expect.arrayContaining([["سيرغي سوروكين", "وزير الدفاع الروسي", "RU"]]));
  });

  it("reads no name from ordinary words before a role without a comma", () => {
    const p = persons("وزير يزور أنقرة", "وبحث الجانبان العلاقات الثنائية وزير الدفاع الروسي في أنقرة أمس.");
    expect(p).toEqual([]);
  });
});

describe("an office between two names with no comma", () => {
  it("is the title of the name after it, not more of the one before", () => {
    const p = persons("لقاء في قرطاج", "استقبل الرئيس التونسي منصف العياري سفير اليابان لدى تونس تاكيشي موريتا.");
    expect(p).toContainEqual(["تاكيشي موريتا", "سفير اليابان لدى تونس", "JP"]);
  });

  it("stays with the name before when a word with the article follows it", () => {
    const p = persons("زيارة", "وكان في استقباله العقيد خالد بن سعيد الهاشمي مدير الشؤون الإدارية بقيادة قوات السلطان المسلحة.");
    expect(p.find((x) => x[0] === "خالد بن سعيد الهاشمي")?.[1]).toMatch(/^مدير الشؤون الإدارية/);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("an office held in a parliament named after في", () => {
  it("keeps the parliament an indefinite construct names (في برلمان إقليم …)", () => {
    const text = "أزمة الكهرباء\n\nمن جهتها، طالبت سعاد كمال، عضو لجنة المالية في برلمان إقليم الشمال، الحكومة بالتحرك.";
    expect(person(text, "سعاد كمال")?.role).toBe("عضو لجنة المالية في برلمان إقليم الشمال");
  });
});

describe("naval and British-style ranks printed in Arabic", () => {
  it("reads the captain of the first rank and the brigadier", () => {
    const text = "تدريب بحري\n\nوترأس الوفد الكابتن من الرتبة الأولى سيرغي بافلوفيتش ماركوف، قائد القوات البحرية الروسية في بحر قزوين. وحضر البريغادير جوزيف كاروانا من القوات المسلحة المالطية.";
    expect(person(text, "سيرغي بافلوفيتش ماركوف")).toMatchObject({ rank: "الكابتن من الرتبة الأولى", role: "قائد القوات البحرية الروسية في بحر قزوين" });
    expect(person(text, "جوزيف كاروانا")?.rank).toBe("البريغادير");
  });
});

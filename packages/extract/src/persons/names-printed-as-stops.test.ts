import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const people = (text: string) => extractArticle({ text, fileName: "t.txt" }).persons;

describe("a given name printed like a stop word", () => {
  it("opens the name after a rank when printed with its hamza below (إمام)", () => {
    const text = "تعاون دفاعي\n\nوقع وزير الدفاع الكيني الفريق أول إمام علي داود ونظيره الأوغندي اللواء كمال حسن، اليوم الخميس في نيروبي، اتفاقا للتعاون.";
    const p = people(text).find((x) => x.name === "إمام علي داود");
    expect(p).toMatchObject({ rank: "الفريق أول", role: "وزير الدفاع الكيني", country: "KE" });
    expect(people(text).find((x) => x.name === "كمال حسن")?.role).toBe("وزير الدفاع الأوغندي");
  });

  it("while the preposition أمام after a rank stays a preposition", () => {
    const names = people("جلسة استماع\n\nمثل اللواء أمام لجنة الدفاع في البرلمان أمس.").map((p) => p.name);
    expect(names.some((n) => n.startsWith("أمام"))).toBe(false);
  });
});

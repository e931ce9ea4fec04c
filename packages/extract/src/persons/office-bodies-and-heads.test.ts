import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name);
const article = (...lines: string[]) => ["اجتماع", "", "الجزائر - وكالات", "", ...lines].join("\n");

describe("a listed body after في with no head of the lists", () => {
  it("stays in the office to its last word ('القيادي في جبهة البوليساريو')", () => {
    const text = article("وقال كريم حسن داود، القيادي في جبهة البوليساريو، إن الجبهة ستدرس خياراتها بعد القرار.");
    expect(person(text, "كريم حسن داود")?.role).toBe("القيادي في جبهة البوليساريو");
  });
});

describe("a woman governor", () => {
  it("reads حاكمة as the office's head, with the area she governs", () => {
    const text = article("وشاركت في الاجتماع حاكمة إقليم كابو ديلغادو ليلى أحمد سعيد إلى جانب قادة الجيش.");
    expect(person(text, "ليلى أحمد سعيد")).toMatchObject({ role: "حاكمة إقليم كابو ديلغادو", country: "MZ" });
  });
});

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

describe("an office held in a listed body of no state", () => {
  it("serves no state, whatever the dateline ('القيادي في تنظيم داعش')", () => {
    const text = article("وقال القيادي في تنظيم داعش سعاد منير حمدي إن التنظيم سيواصل هجماته.", "وقال كريم حسن داود، القيادي في جبهة البوليساريو، إن الجبهة ستدرس خياراتها.");
    expect(person(text, "سعاد منير حمدي")).toMatchObject({ role: "القيادي في تنظيم داعش", country: null });
    expect(person(text, "كريم حسن داود")?.country).toBeNull();
  });

  it("leaves an office in a body of a state to that state's reading", () => {
    const text = article("وقال ماهر علي سليم، القيادي في حزب العمال، إن الحزب سيقاطع الانتخابات.");
    expect(person(text, "ماهر علي سليم")?.country).toBe("DZ");
  });
});

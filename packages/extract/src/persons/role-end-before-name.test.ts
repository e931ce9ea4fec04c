import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const people = (text: string) => extractArticle({ text, fileName: "t.txt" }).persons;
const person = (text: string, name: string) => people(text).find((p) => p.name === name);

describe("a name opening with ل or ب after a role that named its state", () => {
  it("is the name, not a complement of the office", () => {
    const text = "زيارة رسمية\n\nوصلت وزيرة الخارجية الكينية ليونورا بيتس أوتينو إلى أديس أبابا في زيارة تستغرق يومين.";
    expect(person(text, "ليونورا بيتس أوتينو")).toMatchObject({ role: "وزيرة الخارجية الكينية", country: "KE" });
  });

  it("while a complement that governs a definite word stays in the office", () => {
    const text = "زيارة رسمية\n\nوصل نائب وزير الخارجية الروسي لشؤون الشرق الأوسط سامر داود إلى دمشق أمس.";
    expect(person(text, "سامر داود")?.role).toBe("نائب وزير الخارجية الروسي لشؤون الشرق الأوسط");
  });
});

describe("a prepositional complement in construct after a role that named its state", () => {
  it("stays in the office", () => {
    const text = "لقاء في جنيف\n\nالتقت المندوبة الكينية السفير الكندي لشؤون نزع السلاح جون ماكي أمس.";
    expect(people(text).find((p) => p.name === "جون ماكي")?.role).toBe("السفير الكندي لشؤون نزع السلاح");
  });
});

describe("a guest joined by و after an office", () => {
  it("is no part of the office ('رئيس مجلس الوزراء والضيف الأوغندي')", () => {
    const text = "خبر\n\nالكويت - وكالات\n\nوفي وقت لاحق، ترأس الشيخ سالم يوسف الحمد رئيس مجلس الوزراء والضيف الأوغندي جلسة مباحثات رسمية في قصر السيف.";
    expect(person(text, "سالم يوسف الحمد")?.role).toBe("رئيس مجلس الوزراء");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => ({ name: p.name, role: p.role }));
const names = (text: string) => read(text).map((p) => p.name);

describe("names of things in quotes, tribes and prepositions are no persons", () => {
  it("reads no person from a tanker named in quotes after its cargo", () => {
    expect(names('وأفرجت البحرية عن ستة بحارة من طاقم ناقلة النفط "سيلفيا ماري" قبالة ميناء لومي.')).toEqual([]);
  });

  it("reads no person from a gun's model in quotes", () => {
    expect(names('ووافقت فرنسا على بيع مدافع من طراز "قيصر" إلى أرمينيا.')).toEqual([]);
  });

  it("reads no person from a newspaper's name in quotes, one opening with a town too", () => {
    expect(names('ونشرت صحيفة "جون ديلي" مقالا عن الاتفاق.')).toEqual([]);
    expect(names('ونقلت صحيفة "ملبورن إيفنينغ هيرالد" عن المتحدث أن الاتفاق مهم.')).toEqual([]);
  });

  it("still reads a defender named without quotes", () => {
    expect(names("وأشاد المدافع سامي الحداد بالجمهور بعد المباراة.")).toEqual(["سامي الحداد"]);
  });

  it("reads no name from the preposition لصالح", () => {
    expect(names("وصوت نواب الحزب الحاكم لصالح النص، بينما رفضه نواب المعارضة.")).toEqual([]);
  });

  it("reads no person from a tribe named by its ancestor", () => {
    expect(names("وقال الناطق باسم قبيلة أولاد سالم إن الوضع هادئ في المنطقة.")).toEqual([]);
  });
});

describe("offices before a compound given name and in the feminine", () => {
  it("ends a body's office before عبد opening the name", () => {
    expect(read("من جهته، دعا رئيس اللجنة عبد الكريم زروالي إلى تسريع رقمنة المعاملات.")).toEqual([{ name: "عبد الكريم زروالي", role: "رئيس اللجنة" }]);
    expect(read("وقال رئيس الهيئة أبو بكر السنوسي إن الإصلاح ضروري.")).toEqual([{ name: "أبو بكر السنوسي", role: "رئيس الهيئة" }]);
  });

  it("reads a woman governor's office before her name", () => {
    expect(read("وحضر اللقاء والية تبسة سعاد بن ناصر.")).toEqual([{ name: "سعاد بن ناصر", role: "والية تبسة" }]);
  });
});

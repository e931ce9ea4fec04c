import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const persons = (text: string) => extractArticle({ text }).persons.map((p) => [p.name, p.rank, p.role]);

describe("forms of address that are also common nouns", () => {
  it("address a prime minister set off after his office, and are no rank", () => {
    expect(persons("وكان رئيس وزراء غرينادا، دولة كيث ميتشل، قد استقبل الوفد.")).toContainEqual(["كيث ميتشل", null, "رئيس وزراء غرينادا"]);
  });

  it("are the noun before any other word", () => {
    expect(persons("وشاركت عشرون دولة شقيقة في المؤتمر.")).toEqual([]);
  });
});

describe("a title of several words opening with an office's head", () => {
  it("is the rank, not the office", () => {
    expect(persons("والتقى الوزير أمس رئيس الأساقفة جوزيبي رومانو في روما.")).toContainEqual(["جوزيبي رومانو", "رئيس الأساقفة", null]);
  });
});

describe("a secretary's office", () => {
  it("goes on past أمين سر to the field it serves", () => {
    expect(persons("والتقى رئيس الأساقفة جوزيبي رومانو، أمين سر العلاقات مع الدول في الفاتيكان.")[0]?.[2]).toMatch(/^أمين سر العلاقات/u);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-02" }).persons;

describe("a given name that is also an office's word, before ولد", () => {
  it("stays in a Mauritanian name after a rank (محمد الأمين ولد …)", () => {
    const persons = read("استقبل الفريق محمد الأمين ولد سيداتي، قائد أركان الجيش الموريتاني، اليوم في نواكشوط وفدا عسكريا.\nوقال ولد سيداتي إن التعاون مستمر.");
    const p = persons.find((x) => x.name === "محمد الأمين ولد سيداتي");
    expect(p?.rank).toBe("الفريق");
    expect(persons.map((x) => x.name)).not.toContain("ولد سيداتي");
  });
});

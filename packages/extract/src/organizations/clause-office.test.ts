import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text, tagger: false });

describe("a body an Arabic relative clause gives someone as his office", () => {
  it("is part of that office, not a body of the story", () => {
    const x = read("وقالت سلمى حسن عبدالله، التي ترأس لجنة الزراعة في المجلس البلدي، إن اللجنة ستناقش الخطة.");
    expect(x.persons.map((p) => p.role)).toEqual(["رئيسة لجنة الزراعة في المجلس البلدي"]);
    expect(x.organizations.map((o) => o.name)).toEqual([]);
  });

  it("keeps the body the office is held in, after في", () => {
    const x = read("وحضر اللقاء العقيد عمر سعيد الهاشمي، الذي يرأس إدارة التخطيط في وزارة الدفاع الكينية، إلى جانب السفير.");
    expect(x.organizations.map((o) => o.name)).toEqual(["وزارة الدفاع الكينية"]);
  });
});

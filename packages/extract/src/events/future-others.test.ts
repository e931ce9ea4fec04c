import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-05-20" });
const others = (...lines: string[]) => read(...lines).events.filter((e) => e.type === "other");

describe("a happening told in the future", () => {
  it.each([
    ["Arabic: forces that will take part in an exercise", "خبر", "وقال قائد القوات البرية إن قواته ستشارك مع نظيرتها الأردنية في تمرين مشترك في العقبة في أكتوبر المقبل."],
    ["English: navies that will hold drills", "Story", "The two navies will hold joint drills off Mombasa next year, the minister said."],
    ["English: a plan a few words before the exercise", "Story", "The two coast guards plan to hold their first joint exercise off Lamu in May."],
  ])("is no happening: %s", (_, title, line) => {
    expect(others(title, line)).toHaveLength(0);
  });

  it("does not hide a happening told in the past beside it", () => {
    expect(others("Story", "Kenyan and Tanzanian marines held a joint exercise off Tanga on Monday, and the minister said more would follow.")).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("an office in apposition after a name and an age", () => {
  it("skips the age set off by commas", () => {
    const text = "Talks in Lisbon\n\nThe delegation arrived on Monday. Karen Holt, 54, a senior adviser to the prime minister, said the talks went well.";
    expect(person(text, "Karen Holt")?.role).toBe("senior adviser to the prime minister");
  });

  it("keeps the office an adviser advises", () => {
    const text = "Talks in Lisbon\n\nThe plan was presented by Tomas Berg, a special assistant to the defence minister, on Monday.";
    expect(person(text, "Tomas Berg")?.role).toBe("special assistant to the defence minister");
  });
});

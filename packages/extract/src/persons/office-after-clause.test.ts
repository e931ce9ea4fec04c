import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const persons = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-02" }).persons;

describe("a capitalized office after a comma closing a lower-case clause", () => {
  it("is the title of the name after it", () => {
    const found = persons("Trade fair opens\n\nSpeaking at the opening ceremony, Deputy Minister of Industry Tran Van Hai said exports were rising.");
    expect(found.find((p) => p.name === "Tran Van Hai")?.role).toBe("Deputy Minister of Industry");
  });

  it("still goes with the name before the comma in apposition", () => {
    const found = persons("Trade fair opens\n\nTran Van Hai, Deputy Minister of Industry, said exports were rising.");
    expect(found.find((p) => p.name === "Tran Van Hai")?.role).toBe("Deputy Minister of Industry");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const persons = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-02" }).persons;

describe("the same whole office held by two people at once", () => {
  it("gives the host's prime minister no state of the visitor's prime minister", () => {
    const found = persons("Fisheries deal signed\n\nAPIA — New Zealand's Trade Minister Jane Cole and Prime Minister Tui Lemalu signed a fisheries deal on Monday.\nCole, who brought a letter from New Zealand Prime Minister Tom Reid, said the deal was fair.");
    expect(found.find((p) => p.name === "Tom Reid")?.country).toBe("NZ");
    expect(found.find((p) => p.name === "Tui Lemalu")?.country).toBe("WS");
  });
});

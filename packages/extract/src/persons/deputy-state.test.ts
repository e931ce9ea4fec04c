import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("an office head and another side's deputy in the same office", () => {
  it("leaves the head with the story's state, not the deputy's", () => {
    const x = extractArticle({
      text: "Deal signed\n\nSEOUL, Nov. 3 (Yonhap) -- South Korea and Chile signed a supply contract on Friday.\n\nDefense Minister Park Min-jae and Chilean Deputy Defense Minister Rosa Vidal attended the ceremony in Seoul.",
    });
    const state = (n: string) => x.persons.find((p) => p.name === n)?.country;
    expect(state("Rosa Vidal")).toBe("CL");
    expect(state("Park Min-jae")).toBe("KR");
  });
});

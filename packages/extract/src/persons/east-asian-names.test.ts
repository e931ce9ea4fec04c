import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => p.name);

describe("Korean names of three syllables in Arabic", () => {
  it("keeps syllables that open with ي, which read as verbs elsewhere", () => {
    expect(names("والتقى الوزير الرئيس الكوري يون سوك يول أمس.")).toEqual(["يون سوك يول"]);
  });
});

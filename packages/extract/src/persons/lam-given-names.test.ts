import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => p.name);

describe("a given name opening with ل", () => {
  it("keeps its first letter after a rank, where ل could be read as the preposition", () => {
    expect(names("وشهد الحفل رئيس أركان البحرية العميد البحري لامين سانيه، في القاعدة.")).toContain("لامين سانيه");
  });
});

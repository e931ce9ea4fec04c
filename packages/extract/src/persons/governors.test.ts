import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => ({ name: p.name, role: p.role }));

describe("a state governor titled والي", () => {
  it("reads والي as the office before the governor's name", () => {
    expect(read("وقال والي ولاية النيل الأبيض الطاهر عثمان بشير إن الطريق سيفتح قريبا.")).toEqual([
      { name: "الطاهر عثمان بشير", role: "والي ولاية النيل الأبيض" },
    ]);
  });
});

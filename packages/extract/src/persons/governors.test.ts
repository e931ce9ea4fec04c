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

describe("a Moroccan prefecture's governor titled عامل عمالة", () => {
  it("reads a city that is also a common word as the prefecture after عمالة, not as a name", () => {
    expect(read("وحضر الحفل عامل عمالة وجدة، السيد مصطفى الإدريسي العلوي، وعدد من المنتخبين.")).toEqual([
      { name: "مصطفى الإدريسي العلوي", role: "عامل عمالة وجدة" },
    ]);
  });
});

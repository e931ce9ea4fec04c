import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => ({ name: p.name, role: p.role }));

describe("given names printed with the article after a role", () => {
  it("ends the role before a given name with the article that another given name follows", () => {
    expect(read("وقال وزير الزراعة الطاهر عثمان بشير إن المحصول وفير.")).toEqual([{ name: "الطاهر عثمان بشير", role: "وزير الزراعة" }]);
  });

  it("keeps الأمين inside a name when a plain name word follows it", () => {
    expect(read("وقال وزير الزراعة الطاهر الأمين بشير إن المحصول وفير.")).toEqual([{ name: "الطاهر الأمين بشير", role: "وزير الزراعة" }]);
  });

  it("leaves الأمين a title when an office follows it", () => {
    expect(read("والتقى الوزير سالم محمود الأمين العام للجامعة العربية.")).toEqual([{ name: "سالم محمود", role: "الأمين العام للجامعة العربية" }]);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => p.name);

describe("family names in بو after a rank", () => {
  it("keeps a family name in بو that closes the name before the verb's definite object", () => {
    expect(names("وفي باماكو، أدانت وزيرة الدولة لدى وزارة الدفاع في مالي العقيد فاطمة سيدي بوكار الهجوم، وأعلنت تعزيز الدوريات.")).toContain("فاطمة سيدي بوكار");
    expect(names("وأشاد العقيد سامي عمر بوزيد.")).toContain("سامي عمر بوزيد");
  });

  it("still reads ب as the preposition on a short noun or before an indefinite one", () => {
    expect(names("وطالب العميد سامي علي بوقف الهجمات.")).toEqual(["سامي علي"]);
    expect(names("وأشاد اللواء كريم حسن بوجود قوات الأمن.")).toEqual(["كريم حسن"]);
  });
});

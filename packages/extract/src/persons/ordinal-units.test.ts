import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const roles = (text: string) => extractArticle({ text, fileName: "t.txt", tagger: false }).persons.map((p) => [p.name, p.rank, p.role]);

describe("a unit numbered by a compound ordinal stays in the role", () => {
  it("reads 'الفيلق الحادي عشر' and 'الفرقة الثالثة عشرة' whole, and the name after them keeps its role", () => {
    expect(roles("وقال قائد الفيلق الحادي عشر الفريق نعمان صابر قريشي إن المواقع الأمامية آمنة.")).toContainEqual(["نعمان صابر قريشي", "الفريق", "قائد الفيلق الحادي عشر"]);
    expect(roles("وقال قائد الفرقة الثالثة عشرة العميد فارس ناجي الراوي إن الوحدات جاهزة.")).toContainEqual(["فارس ناجي الراوي", "العميد", "قائد الفرقة الثالثة عشرة"]);
  });
});

describe("a numbered unit's arms before a comma and the commander's rank", () => {
  it("keeps the arms in the office printed in apposition before the name", () => {
    expect(roles("وحضر اللقاء قائد الفرقة الخامسة مشاة، اللواء الركن هاشم صديق عبدالرحيم، وعدد من الضباط.")).toContainEqual(["هاشم صديق عبدالرحيم", "اللواء الركن", "قائد الفرقة الخامسة مشاة"]);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => ({ name: p.name, rank: p.rank, role: p.role }));

describe("a numbered brigade is a unit, not the rank لواء", () => {
  it("keeps the unit and its arms in the commander's role", () => {
    expect(read("وشارك في التشييع قائد اللواء الثالث مشاة جبلي العميد الركن سامر الحداد وعدد من الضباط.")).toEqual([
      { name: "سامر الحداد", rank: "العميد الركن", role: "قائد اللواء الثالث مشاة جبلي" },
    ]);
  });

  it("reads a division's arms the same way, and the rank لواء before a name stays a rank", () => {
    expect(read("وقال قائد الفرقة الأولى مدرعات اللواء فهد المطيري إن التدريب ناجح.")).toEqual([
      { name: "فهد المطيري", rank: "اللواء", role: "قائد الفرقة الأولى مدرعات" },
    ]);
  });
});

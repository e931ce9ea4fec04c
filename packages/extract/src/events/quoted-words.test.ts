import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-02-03" });

describe("a verb of going or coming back inside quoted words", () => {
  it("tells no visit", () => {
    const x = read("حكم", "", "أيدت المحكمة العليا اليوم حكما بسجن مسؤول سابق.", 'وقال النائب كريم الساعدي إن "كل دينار منهوب يجب أن يعود إلى الخزينة".');
    expect(x.events.filter((e) => e.type === "visit")).toHaveLength(0);
  });

  it("still reads one told outside the quotes", () => {
    const x = read("زيارة", "", 'عاد النائب كريم الساعدي اليوم إلى بغداد، وقال إن "الزيارة كانت مثمرة".');
    expect(x.events.filter((e) => e.type === "visit")).toHaveLength(1);
  });
});

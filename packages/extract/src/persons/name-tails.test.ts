import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons;

describe("a person named again without his first name", () => {
  it("joins the one person whose name ends with those words", () => {
    const x = read("وحضر التوقيع سفير باكستان لدى المملكة عمران حيدر شاه. من جانبه، قال حيدر شاه إن العقد مهم.");
    expect(x.map((p) => p.name)).toEqual(["عمران حيدر شاه"]);
    expect(x[0]!.mentions.map((m) => m.surface)).toEqual(["عمران حيدر شاه", "حيدر شاه"]);
  });

  it("stays apart when two people's names end with them", () => {
    const x = read("التقى وزير الدفاع محمد علي حسن نظيره أحمد علي حسن. وقال علي حسن إن اللقاء مهم.");
    expect(x.map((p) => p.name)).toContain("علي حسن");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-20" });
const others = (x: ReturnType<typeof read>) => x.events.filter((e) => e.type === "other");

describe("attacks in the plural said to fall or rise", () => {
  it("are a trend, no happening ('إن الهجمات تراجعت في الأشهر الأخيرة')", () => {
    const x = read("زيارة", "", "وصل وزير الدفاع الكيني جون موانغي أمس إلى مدينة لامو.", "وقال قائد المنطقة العقيد بيتر أوتينو إن الهجمات تراجعت في الأشهر الأخيرة.");
    expect(others(x)).toHaveLength(0);
  });

  it("still reads an attack told as a happening ('هاجم مسلحون دورية')", () => {
    const x = read("هجوم", "", "هاجم مسلحون أمس دورية للجيش قرب مدينة لامو وقتلوا جنديين.");
    expect(others(x)).toHaveLength(1);
  });
});

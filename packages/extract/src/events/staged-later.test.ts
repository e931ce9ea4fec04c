import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-20" });

describe("an occasion 'staged' (تقام، يقام) at a time to come", () => {
  it("is a plan, no happening ('وتقام مباراة الإياب الأحد المقبل')", () => {
    const x = read(
      "النجم يعود من سوسة متفائلا",
      "",
      "قال مدرب النجم الساحلي، جواو سيلفا، إن فريقه لعب بروح عالية أمام الرجاء.",
      "وتقام مباراة الإياب يوم الأحد المقبل على ملعب محمد الخامس في الدار البيضاء.",
    );
    expect(x.events.filter((e) => e.evidence?.text.includes("الإياب"))).toHaveLength(0);
  });

  it("still reads a match played ('أقيمت المباراة أمس')", () => {
    const x = read("مباراة", "", "أقيمت المباراة أمس الثلاثاء على ملعب سوسة بين منتخب تونس ومنتخب المغرب وفاز منتخب تونس بهدفين.");
    expect(x.events.filter((e) => e.type === "other")).toHaveLength(1);
  });
});

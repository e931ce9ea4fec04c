import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const kinds = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events.map((e) => e.type);

describe("a verb of arriving", () => {
  it("that leads to a number ('يصل غاطسها إلى 18 مترا') tells an amount, no visit", () => {
    const x = kinds(
      "رصيف جديد",
      "وقعت مؤسسة ميناء عنابة، أمس الثلاثاء، عقدا مع شركة إيطالية لإنجاز رصيف جديد.",
      "وسيسمح الرصيف باستقبال سفن يصل غاطسها إلى 18 مترا، فيما وصل عدد الحاويات إلى نحو مليون حاوية.",
    );
    expect(x).not.toContain("visit");
  });

  it("that leads to a place is still an arrival", () => {
    const x = kinds("وزير في الجزائر", "وصل وزير الدفاع التونسي، عماد مميش، أمس الثلاثاء إلى الجزائر العاصمة في زيارة رسمية.");
    expect(x).toContain("visit");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const names = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-02" }).persons.map((p) => p.name);

describe("a family name in و printed again as a subject", () => {
  it("is the third word of the name, not 'and', and no person of its own", () => {
    const found = names("تفقدت وزيرة الصحة الصومالية، فاطمة نور وارسمي، اليوم مخيما للنازحين في مدينة جوهر.\nوقالت وارسمي إن الوضع صعب.");
    expect(found).toContain("فاطمة نور وارسمي");
    expect(found).not.toContain("وارسمي");
    expect(found).not.toContain("فاطمة نور");
  });

  it("leaves و the conjunction when the word is not said again", () => {
    const found = names("استقبل وزير الدفاع الصومالي، عمر حسن، وفدا من الجيش.");
    expect(found).toContain("عمر حسن");
  });
});

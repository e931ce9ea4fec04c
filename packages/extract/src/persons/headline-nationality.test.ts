import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const names = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-04-06" }).persons.map((p) => p.name);

describe("a nationality after a definite noun opening the line", () => {
  it("qualifies that noun, so the verb phrase after it is no name", () => {
    const found = names(
      "البحرية الكينية تنقذ طاقم سفينة صيد اشتعلت فيها النيران قبالة مومباسا\n\nمومباسا 6 أبريل 2027 - تفقد وزير الدفاع الكيني، جون موانغي، اليوم القاعدة البحرية في مومباسا، حيث التقى بالعناصر التي شاركت أمس في إنقاذ طاقم سفينة صيد اشتعلت فيها النيران على بعد 40 ميلا من الساحل.",
    );
    expect(found).toEqual(["جون موانغي"]);
  });
});

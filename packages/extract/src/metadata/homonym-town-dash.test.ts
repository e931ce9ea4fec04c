import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article.

const after =
  "\nكتب: سامر الخطيب\n\nافتتح وزير الصناعة أمس الأحد مصنعا جديدا للألبان في المدينة بكلفة عشرة ملايين دينار، يوفر نحو 300 فرصة عمل.\n";

describe("a town whose name is also a common word, before a paper's name", () => {
  it("takes the paper after the dash for the source, not the whole line", () => {
    const x = extractArticle({ text: "الأحد 3 أيار 2027\n\nافتتاح مصنع جديد للألبان في الزرقاء\n\nالزرقاء – الرأي" + after });
    expect(x.source).toBe("الرأي");
    expect(x.author).toBe("سامر الخطيب");
  });

  it("reads a second such town the same way", () => {
    const x = extractArticle({ text: "الأحد 3 أيار 2027\n\nافتتاح مصنع جديد للألبان في المفرق\n\nالمفرق - الرأي" + after });
    expect(x.source).toBe("الرأي");
  });
});

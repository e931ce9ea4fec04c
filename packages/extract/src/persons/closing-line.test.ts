import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

describe("a short closing sentence is part of the story, not a signature", () => {
  it("reads the officer of 'وحضر اللقاء العقيد …' on the last line of a three-line article", () => {
    const text = [
      "قائد القوات الجوية يستقبل ملحقا عسكريا",
      "استقبل قائد القوات الجوية الأردنية اللواء الركن طيار حسان فواز الزيود اليوم الاثنين في مكتبه الملحق العسكري الإيطالي في عمان العقيد ماركو بيانكي، وبحثا سبل تعزيز التعاون في مجال التدريب الجوي.",
      "وحضر اللقاء العقيد سالم مفلح الخالدي.",
    ].join("\n");
    const p = extractArticle({ text, fileName: "t.txt", tagger: false }).persons.find((x) => x.name === "سالم مفلح الخالدي");
    expect(p?.rank).toBe("العقيد");
  });

  it("still keeps a signature line out of the persons", () => {
    const text = ["وزير الدفاع يتفقد الحدود", "تفقد وزير الدفاع الأردني اليوم الاثنين وحدات حرس الحدود في المنطقة الشرقية واطلع على سير العمل فيها وعلى الاستعدادات.", "تحرير: سامر الحوراني"].join("\n");
    expect(extractArticle({ text, fileName: "t.txt", tagger: false }).persons.map((p) => p.name)).not.toContain("سامر الحوراني");
  });
});

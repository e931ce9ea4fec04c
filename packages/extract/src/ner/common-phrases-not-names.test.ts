import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const names = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-03-02" }).persons.map((p) => p.name);

describe("phrases of common words are no persons", () => {
  it("reads حسن before الجوار as 'good' in a set phrase (set-phrases.ts)", () => {
    const found = names("وزير الدفاع يزور بلدة على الحدود\n\nوأكد وزير الدفاع السنغالي أحمد سال أن بلاده حريصة على علاقات حسن الجوار مع موريتانيا.");
    expect(found).toEqual(["أحمد سال"]);
  });

  it("reads a kunya-shaped name after سكان or قضاء as the district (kunya-places.ts)", () => {
    const found = names(
      "محكمة تقضي بسجن مقاول في البصرة\n\nأصدرت محكمة في البصرة حكما بسجن مدير شركة للمقاولات سبع سنوات بعد أن ثبت تسلمه مبالغ عن أعمال لم تنفذ في قضاء أبي الصخر.\nوقالت النائبة سعاد كاظم الربيعي في مؤتمر صحفي عقدته ببغداد إن \"سكان أبي الصخر ما زالوا ينتظرون مياها صالحة للشرب منذ سنوات\".\nويعاني قضاء أبي الصخر وعدد من أقضية جنوب البصرة من ارتفاع ملوحة المياه.",
    );
    expect(found).toEqual(["سعاد كاظم الربيعي"]);
  });

  it("reads a feminine noun before a verbal noun as a plan, not a name after an office (verbal-noun-phrase.ts)", () => {
    const found = names(
      "لجنة نيابية تناقش مشروع الطريق\n\nوقالت النائبة سعاد كاظم الربيعي إن لجنة الخدمات النيابية ستستضيف قريبا وزير النقل لمناقشة خطة استكمال الطريق.",
    );
    expect(found).toEqual(["سعاد كاظم الربيعي"]);
  });
});

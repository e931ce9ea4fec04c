import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every line below is written for these tests, not taken from an article.

const body =
  "\n\nمركز إغاثي يوزع ألفي سلة غذائية على الأسر النازحة في شمال البلاد\n\nوزع المركز أمس ألفي سلة غذائية على الأسر النازحة في مدينة غاروا، استفاد منها عشرة آلاف فرد ضمن مشروع طارئ لإغاثة المتضررين.\n\nوأوضح مدير المشروع في تصريح لوكالة الأنباء السعودية أن التوزيع سيستمر حتى نهاية الشهر.\n";

describe("a wire's dateline printed above the headline", () => {
  it("takes the line under it for the title, the Gregorian day for the date and the code for the source", () => {
    const x = extractArticle({ text: "غاروا ٣ ربيع الآخر ١٤٥٠ هـ الموافق ٢٣ أغسطس ٢٠٢٨ م واس" + body });
    expect(x.title).toBe("مركز إغاثي يوزع ألفي سلة غذائية على الأسر النازحة في شمال البلاد");
    expect(x.published).toBe("2028-08-23");
    expect(x.source).toBe("واس");
  });

  it("reads the same line in Western digits with the era marks joined to the years", () => {
    const x = extractArticle({ text: "الرياض 3 ربيع الآخر 1450هـ الموافق 23 أغسطس 2028م واس" + body });
    expect(x.title).toBe("مركز إغاثي يوزع ألفي سلة غذائية على الأسر النازحة في شمال البلاد");
    expect(x.published).toBe("2028-08-23");
    expect(x.source).toBe("واس");
  });

  it("keeps a dated line closed by a word that is no agency as it was", () => {
    const x = extractArticle({ text: "غاروا ٣ ربيع الآخر ١٤٥٠ هـ الموافق ٢٣ أغسطس ٢٠٢٨ م متابعات خاصة بالموقع" + body });
    expect(x.source).not.toBe("واس");
  });
});

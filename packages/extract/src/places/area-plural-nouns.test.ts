import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a plural noun after منطقة", () => {
  it("a listed plural says what stands in the area: no place; a town's name in ات stays one", () => {
    const places = read("جولة\n\nتفقد الوزير منطقة المستودعات ثم منطقة الخزانات قبل أن يتوجه إلى منطقة الكفرات، وقال إن العمل جيد.");
    expect(places.some((p) => p.includes("المستودعات") || p.includes("الخزانات"))).toBe(false);
    expect(places).toContain("منطقة الكفرات");
  });

  it("a plural with a definite adjective after it names a zone", () => {
    const places = read("حدود\n\nعبرت الشاحنات منطقة الإجراءات المشتركة قبل الظهر.");
    expect(places).toContain("منطقة الإجراءات المشتركة");
  });

  it("a short name in ات is no plural of a common noun", () => {
    const places = read("زراعة\n\nتعاني منطقة الفرات من الجفاف.");
    expect(places.some((p) => p.includes("الفرات"))).toBe(true);
  });
});

describe("a land crossing's adjective", () => {
  it("'معبر X البري' and 'معبر X' are one site", () => {
    const x = extractArticle({ text: "معبر\n\nعبرت الشاحنات معبر كوسيدا البري صباح الأحد، ثم أغلق معبر كوسيدا مساء." });
    const crossings = x.locations.filter((l) => l.name.includes("كوسيدا"));
    expect(crossings).toHaveLength(1);
  });
});

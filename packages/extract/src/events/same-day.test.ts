import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const datesOf = (x: ReturnType<typeof extractArticle>, type: string) => x.events.filter((e) => e.type === type).map((e) => e.date);

describe("a gathering's day for the same people's other doings", () => {
  it("dates a visit told after a signing by the one who signed", () => {
    const x = extractArticle({
      text: "شركة تشيلية توقع عقدا مع شركة نرويجية\n\nأوسلو 12 مايو 2027 (واس) - وقع رئيس هيئة الصناعات العسكرية التشيلية الفريق ماركو ألبانيز اليوم اتفاقية مع شركة \"نوردفال\" النرويجية لتصنيع زوارق الدورية.\n\nوزار ألبانيز بعد التوقيع مصنع الشركة في مدينة بيرغن.\n",
    });
    expect(datesOf(x, "visit")).toEqual(["2027-05-12"]);
  });

  it("leaves a doing undated when its sentence prints a time of its own", () => {
    const x = extractArticle({
      text: "شركة تشيلية توقع عقدا مع شركة نرويجية\n\nأوسلو 12 مايو 2027 (واس) - وقع رئيس هيئة الصناعات العسكرية التشيلية الفريق ماركو ألبانيز اليوم اتفاقية مع شركة \"نوردفال\" النرويجية لتصنيع زوارق الدورية.\n\nوكان ألبانيز زار في مارس مصنع الشركة في مدينة بيرغن.\n",
    });
    expect(datesOf(x, "visit")).not.toContain("2027-05-12");
  });

  it("lends no day from an exercise of several days", () => {
    const x = extractArticle({
      text: "اختتام تمرين بحري مشترك\n\nاختتمت أمس الأربعاء فعاليات التمرين البحري المشترك «صخرة الشمال» الذي نفذته البحرية الكينية والبحرية البرتغالية على مدى أسبوع بمشاركة قائد البحرية الكينية اللواء البحري جيمس أوتيينو.\n\nوعلى هامش التمرين، زار أوتيينو حوض بناء السفن في مدينة لشبونة.\n",
      publishedHint: "2027-04-15",
    });
    expect(datesOf(x, "visit")).toEqual([null]);
  });
});

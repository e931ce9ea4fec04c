import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => `${l.name}:${l.kind}:${l.country}`);

describe("an ambiguous name opening the dateline is the city", () => {
  it("'عمان (…) -' is Amman even when nothing else names Jordan", () => {
    const places = placesOf("جولة\n\nعمان (بترا) - زار وفد عسكري أمس قاعدة جوية في شمال البلاد، وبحث مع قادتها برامج التدريب.");
    expect(places).toContain("عمان:city:JO");
    expect(places).not.toContain("عمان:country:OM");
  });

  it("the state with its form word stays the state beside the Amman dateline", () => {
    const places = placesOf("مباحثات\n\nعمان (بترا) - بحث رئيس الأركان مع وفد من سلطنة عمان التعاون في مجال التدريب.");
    expect(places).toContain("عمان:city:JO");
    expect(places.some((p) => p.endsWith(":country:OM"))).toBe(true);
  });

  it("'عمان - وكالات' on a line of its own above the report is Amman too", () => {
    const places = placesOf("لقاء وزاري\n\nعمان - وكالات\nالتقى وزير الخارجية العراقي رافد الكبيسي نظيره الفرنسي جان لوران، اليوم الأحد، وبحثا التعاون في مكافحة الإرهاب.");
    expect(places).toContain("عمان:city:JO");
    expect(places).not.toContain("عمان:country:OM");
  });

  it("the name inside the body of a report filed elsewhere is still the state", () => {
    const places = placesOf("استقبال\n\nمسقط (وكالة الأنباء) - استقبل وزير الدفاع في عمان وفدا بحريا زائرا.");
    expect(places).toContain("عمان:country:OM");
  });
});

describe("a name that is also a common word opening the dateline is the city", () => {
  it("'العقبة … (بترا)-' is Aqaba, while 'العقبة' in the body stays a word", () => {
    expect(placesOf("تمرين بحري\n\nالعقبة 4 آذار 2026 (بترا)- اختتمت اليوم فعاليات التمرين البحري المشترك بمشاركة وحدات من القوات البحرية وخفر السواحل من عدة دول.")).toContain("العقبة:city:JO");
    expect(placesOf("مفاوضات\n\nعمان (بترا) - تجاوز المتفاوضون العقبة الأخيرة في المفاوضات الخاصة باتفاق التعاون الدفاعي بين البلدين، وفق ما أعلن مسؤولون.")).toEqual(["عمان:city:JO"]);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-02" });
const others = (x: ReturnType<typeof read>) => x.events.filter((e) => e.type === "other");

describe("incidents told by verbs that also mean something else", () => {
  it("reads a seizure told by the masculine 'ضبط', but not 'ضبط الحدود' or a means of control", () => {
    const x = read("ضبط سفينة", "", "عدن - ضبط خفر السواحل اليمني أمس سفينة محملة بالأسلحة قبالة سواحل محافظة المهرة.");
    expect(others(x).map((e) => e.location)).toEqual(["المهرة"]);
    const y = read("لقاء", "", "بغداد - بحث وزير الدفاع العراقي سامي كريم الدليمي اليوم مع نظيره السوري اللواء فادي منصور ضبط الحدود.");
    expect(others(y)).toHaveLength(0);
    expect(y.persons.map((p) => p.name)).toContain("فادي منصور");
    const z = read("اجتماع", "", "وناقش المجتمعون آليات ضبط المعابر غير الشرعية في ريف حمص.");
    expect(others(z)).toHaveLength(0);
  });

  it("reads a deployment of troops, not a newspaper publishing pictures", () => {
    const x = read("تعزيزات", "", "سانتو دومينغو - نشرت الدومينيكان أمس ألفي جندي إضافي قرب مدينة داخابون.");
    expect(others(x).map((e) => e.location)).toEqual(["داخابون"]);
    const y = read("زوارق", "", "وكانت صحيفة محلية قد نشرت الأسبوع الماضي صورا لزوارق جديدة.");
    expect(others(y)).toHaveLength(0);
  });

  it("keeps a deployment apart from a vote told after it", () => {
    const x = read(
      "تعزيزات",
      "",
      "سانتو دومينغو - أعلنت وزارة الدفاع الدومينيكية أمس نشر ألفي جندي إضافي قرب مدينة داخابون.",
      "وكان مجلس الشيوخ الدومينيكي قد صادق الأسبوع الماضي على ميزانية إضافية للجدار.",
    );
    expect(others(x)).toHaveLength(2);
  });

  it("reads a court's ruling, and the sentences of one trial as one ruling", () => {
    const x = read(
      "حكم",
      "",
      "عمان - قضت محكمة أمن الدولة اليوم بسجن المدير السابق لشركة الموانئ سليم فارس العتوم خمس سنوات.",
      "كما قضت المحكمة بسجن المقاول نبيل عادل الخطيب ثلاث سنوات.",
    );
    expect(others(x)).toHaveLength(1);
    expect(others(x)[0]?.participants).toEqual(["سليم فارس العتوم", "نبيل عادل الخطيب"]);
  });

  it("reads a meeting told by the feminine 'بحثت'", () => {
    const x = read("لقاء", "", "وبحثت وزيرة الشؤون الاجتماعية سلمى أحمد القاسم في عدن أمس مع رئيسة البعثة الأممية ماريا لورنتي أوضاع النازحين.");
    expect(x.events.filter((e) => e.type === "meeting")).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const kinds = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2026-05-20" }).events.map((e) => `${e.type}: ${e.participants.join(" + ")}`);

describe("a reception told after the article's occasion", () => {
  // What was discussed at the reception was discussed at it: no talks of their own.
  it.each([
    [
      "after talks ('كما استقبل …')",
      [
        "البلدان يبحثان أمن الحدود",
        "عقد رئيس أركان الجيش التونسي الفريق منير الحامدي اليوم الثلاثاء في تونس مباحثات مع قائد القوات البرية الجزائرية اللواء رشيد بوعلام تناولت أمن الحدود المشتركة.",
        "كما استقبل وزير الدفاع التونسي سامي الورتاني الوفد الجزائري، وجرى خلال اللقاء بحث سبل تطوير التكوين العسكري.",
      ],
      "reception: سامي الورتاني",
      ["meeting: منير الحامدي + رشيد بوعلام"],
    ],
    [
      "in the pluperfect after a signing ('وكان X قد استقبل Y')",
      [
        "توقيع اتفاقية للتدريب البحري",
        "وقع قائد البحرية القطرية اللواء بحري خليفة سعد المري وقائد البحرية الكينية الأدميرال بيتر موانغي اليوم في الدوحة اتفاقية للتعاون في التدريب البحري.",
        "وكان المري قد استقبل موانغي صباح اليوم في مقر القيادة، حيث جرى بحث أمن الملاحة.",
      ],
      "reception: خليفة سعد المري + بيتر موانغي",
      [],
    ],
  ])("is a reception %s", (_, lines, reception, meetings) => {
    const x = kinds(...lines);
    expect(x).toContain(reception);
    expect(x.filter((e) => e.startsWith("meeting"))).toEqual(meetings);
  });

  it("leaves the lead's 'استقبل X Y' the report of the talks it opens", () => {
    const x = kinds(
      "رئيس الأركان يستقبل الملحق العسكري الإيطالي",
      "استقبل رئيس أركان الجيش اللبناني العماد يوسف حداد بمكتبه اليوم الملحق العسكري الإيطالي العقيد ماركو روسي وبحثا التعاون بين الجيشين.",
    );
    expect(x).toEqual(["meeting: يوسف حداد + ماركو روسي"]);
  });

  it("is news of its own after a signing told only as backstory", () => {
    const x = kinds(
      "البرلمان يصادق على الاتفاقية",
      "صادق مجلس النواب المغربي أمس على اتفاقية التعاون العسكري مع السنغال.",
      "وكان وزيرا دفاع البلدين قد وقعا الاتفاقية في الرباط في يناير الماضي.",
      "وفي سياق متصل، استقبل المفتش العام للقوات المسلحة الملكية الجنرال محمد بريظ أمس في الرباط وفدا عسكريا سنغاليا برئاسة الجنرال عمر سال.",
    );
    expect(x.some((e) => e.startsWith("reception"))).toBe(false);
  });
});

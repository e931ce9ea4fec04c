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

describe("later or earlier the same day", () => {
  it("dates talks told 'وفي وقت لاحق' on the day of the reception told before", () => {
    const x = extractArticle({
      text: "الرئيس يستقبل رئيس وزراء فيتنام\n\nالدوحة - ١٢ رجب ١٤٤٨ (قنا) -- استقبل الرئيس سالم بن حمد الكبيسي صباح اليوم الأربعاء رئيس وزراء فيتنام نغوين فان هوا بمناسبة زيارته الرسمية.\n\nوفي وقت لاحق، ترأس رئيس مجلس الوزراء الشيخ راشد بن علي المري والضيف الفيتنامي جلسة مباحثات رسمية.\n",
    });
    const days = datesOf(x, "meeting");
    expect(days[0]).not.toBeNull();
    expect(new Set(days)).toEqual(new Set([days[0]]));
  });

  it("dates talks told 'earlier in the day' on the day of the opening told before", () => {
    const x = extractArticle({
      text: "Leaders open bridge\n\nLusaka (AFP) - Zambian President Peter Mwale and his Malawian counterpart James Banda on Friday inaugurated a floating solar plant on Lake Kariba.\n\nEarlier in the day the two presidents held talks in Chipata on trade.\n",
      publishedHint: "2027-02-12",
    });
    expect(datesOf(x, "meeting")).toEqual(["2027-02-12"]);
  });
});

describe("a doing told as next by an adverb among the first words", () => {
  it("takes the day of the occasion told before ('later held', 'then held')", () => {
    // 2029-05-09 is a Wednesday.
    const x = extractArticle({
      text: "Kenyan navy chief tours Mombasa dockyard\n\nMombasa (Kenya), May 9, 2029 (KNA) Ugandan army chief General Moses Okello on Tuesday toured the Kenya Navy's dockyard in the port city of Mombasa.\n\nOkello and Major General Peter Njoroge later held talks at the headquarters of the Kenya Navy on joint training.\n",
    });
    expect(datesOf(x, "meeting")).toEqual(["2029-05-08"]);
  });

  it("does not read 'later this month' as the same day", () => {
    const x = extractArticle({
      text: "Kenyan navy chief tours Mombasa dockyard\n\nMombasa (Kenya), May 9, 2029 (KNA) Ugandan army chief General Moses Okello on Tuesday toured the Kenya Navy's dockyard in the port city of Mombasa.\n\nColonel Amina Wafula and Colonel Brian Otieno later this month held talks in Kisumu on joint training.\n",
    });
    expect(datesOf(x, "meeting")).not.toContain("2029-05-08");
  });
});

describe("a part of the day opening the sentence", () => {
  it("dates talks told 'In the afternoon,' on the day of the opening told before", () => {
    const x = extractArticle({
      text: "Clinic opens in Velmora\n\nVELMORA —\n\nHealth Minister Dr Orla Fenwick opened a maternity clinic in Velmora on Tuesday.\n\nIn the afternoon, Mr Tobias Arkwright and Provincial Minister Selma Okonjo met at the town hall to discuss the roads.\n",
      publishedHint: "2027-02-12",
    });
    expect(datesOf(x, "meeting")).toEqual(["2027-02-09"]);
  });
});

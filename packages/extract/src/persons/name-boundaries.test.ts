import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-01-10" });
const names = (text: string) => read(text).persons.map((p) => p.name);

describe("a name ends before the day, the month and 'today'", () => {
  it("stops at a weekday after the name, and the weekday spreads to no one", () => {
    const x = read("التقت وزيرة الخارجية الأمريكية كوندوليزا رايس الأربعاء وزير الدفاع الأردني سالم حداد في واشنطن. وكان الأربعاء يوما طويلا، وقالت رايس إن التعاون مهم.");
    const rice = x.persons.find((p) => p.name === "كوندوليزا رايس");
    expect(rice).toBeDefined();
    expect(rice!.mentions.map((m) => m.surface)).toEqual(["كوندوليزا رايس", "رايس"]);
    expect(x.persons.map((p) => p.name)).not.toContain("كوندوليزا رايس الأربعاء");
  });

  it("stops at a month, at 'اليوم' and at an English weekday", () => {
    expect(names("قال رئيس الوزراء البريطاني جون ميجور يناير الماضي إن بلاده تدعم الحل.")).toEqual(["جون ميجور"]);
    expect(names("أكد وزير الدفاع التونسي سامي مرزوق اليوم أهمية التدريب.")).toEqual(["سامي مرزوق"]);
    expect(names("Defense Minister Carla Dunmore Wednesday signed the deal in Rome.")).toEqual(["Carla Dunmore"]);
  });

  it("keeps a name that a month or its abbreviation can also be (Jan, Dong Jun)", () => {
    expect(names("Polish Defense Minister Jan Nowicki said the talks would go on in Warsaw.")).toContain("Jan Nowicki");
    expect(names("Chinese Defense Minister Dong Jun held talks in Beijing.")).toContain("Dong Jun");
  });
});

describe("علي written for the preposition على", () => {
  it("is no mention of a person called علي", () => {
    const x = read("استقبل الفريق أحمد علي، رئيس الأركان المصري، نظيره في القاهرة. وأكد الفريق علي ضرورة التعاون، وشدد الوزير علي أهمية التدريب وحرص علي تعزيز الشراكة.");
    const ahmed = x.persons.find((p) => p.name === "أحمد علي");
    expect(ahmed?.mentions.map((m) => m.surface)).toEqual(["أحمد علي"]);
    expect(x.persons).toHaveLength(1);
  });

  it("still reads علي as a given name before a name", () => {
    expect(names("وأكد وزير الدفاع علي الحسيني أهمية التعاون.")).toEqual(["علي الحسيني"]);
  });
});

describe("الفريق the team and الفريق the rank", () => {
  it("is the team in a sentence about sport", () => {
    const x = read("فاز الفريق الإسباني بكأس العالم لكرة اليد، وسجل الفريق الوطني عشرة أهداف في المباراة النهائية وقدم الفريق أداء مميزا.");
    expect(x.persons).toEqual([]);
  });

  it("is the rank before a given name or a rank qualifier, even in a sentence about sport", () => {
    expect(names("حضر الفريق محمود سالم، رئيس الأركان، المباراة النهائية للبطولة العسكرية.")).toContain("محمود سالم");
    expect(names("كرم الفريق الركن ماجد عيسى الفريق الفائز بالبطولة.")).toContain("ماجد عيسى");
  });
});

describe("an office the role lists do not hold, told as a construct after an indefinite head", () => {
  it("ends the name at the head and reads the whole chain as the role", () => {
    const x = read("أعلن العقيد ماهر الخطيب قائد حامية قرية الريحان، يوم الأحد، انتهاء التمرين. وقال الخطيب إن الوحدات عادت إلى ثكناتها.");
    const p = x.persons.find((q) => q.name === "ماهر الخطيب");
    expect(p).toBeDefined();
    expect(p!.role).toBe("قائد حامية قرية الريحان");
    expect(p!.mentions.map((m) => m.surface)).toEqual(["ماهر الخطيب", "الخطيب"]);
  });

  it("takes office nouns the name reader stops at (مكتب) into the chain, but no particle", () => {
    const x = read("وقال مدير مكتب شؤون النازحين رامز العلي إن المساعدات وصلت.");
    expect(x.persons.find((q) => q.name === "رامز العلي")?.role).toBe("مدير مكتب شؤون النازحين");
    const y = read("وقال مدير في الوزارة رامز العلي إن المساعدات وصلت.");
    expect(y.persons.find((q) => q.name === "رامز العلي")?.role ?? null).not.toBe("مدير في الوزارة");
  });

  it("leaves a head that already ends on a definite word (رئيس الوزراء) before a name beginning with عبد", () => {
    const x = read("وحضر اللقاء رئيس الوزراء عبد الكريم السالم في القصر.");
    const p = x.persons.find((q) => q.name === "عبد الكريم السالم");
    expect(p?.role).toBe("رئيس الوزراء");
  });

  it("keeps a family name spelt like a head when a conjunction follows it", () => {
    expect(names("استقبل الجنرال نعيم أختر ملك والوفد المرافق له.")).toContain("نعيم أختر ملك");
  });
});

describe("long names with particles and with first letters that look like proclitics", () => {
  it("reads Romance particles and the Vietnamese فان inside a name", () => {
    expect(names("وحضرت وكيلة وزارة الخارجية إيلينا مارغريتا دي لاس فلوريس الاجتماع.")).toEqual(["إيلينا مارغريتا دي لاس فلوريس"]);
    expect(names("والتقى الوزير الفريق تران فان لونغ في العاصمة.")).toEqual(["تران فان لونغ"]);
  });

  it("keeps a name word opening with ب or فال when the article prints that word again", () => {
    expect(names("وقال قائد البحرية الأدميرال إرنستو بالديراما إن السفن جاهزة. وأضاف بالديراما أن التدريب سيستمر.")).toEqual(["إرنستو بالديراما"]);
    expect(names("وزارت وزيرة الدفاع إيزابيل روسا فالنسويلا مقر القيادة. وقالت فالنسويلا إن الزيارة ناجحة.")).toEqual(["إيزابيل روسا فالنسويلا"]);
  });

  it("still ends a name at a preposition printed once", () => {
    expect(names("وقال وزير الدفاع سامي مرزوق بصراحة إن الوضع صعب.")).toEqual(["سامي مرزوق"]);
  });
});

describe("a verb after a long name", () => {
  it("ends the name at the verb the person is the subject of", () => {
    expect(names("وأعلنت الوزارة أن نائبة الوزير إيزابيل روسا فالنسويلا مارتينيز أجرت محادثات في ليما. وقالت فالنسويلا إن المحادثات مثمرة.")).toEqual([
      "إيزابيل روسا فالنسويلا مارتينيز",
    ]);
  });
});

describe("a site's noun opening the words after an office", () => {
  it("is no personal name ('لمؤسسة ميناء X')", () => {
    const names = extractArticle({ text: "خبر\n\nووقع العقد المدير العام لمؤسسة ميناء سيدي بلال مع الشركة أمس." }).persons.map((p) => p.name);
    expect(names.some((n) => n.startsWith("ميناء"))).toBe(false);
  });
});

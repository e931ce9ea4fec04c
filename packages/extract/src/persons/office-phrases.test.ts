import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20", tagger: false });
const person = (text: string, name: string) => read(text).persons.find((p) => p.name === name);

describe("office phrases read whole", () => {
  it("keeps a diplomat's posting in the role, and the state served is the one before it", () => {
    const p = person("بحث السفير الأردني في مدريد، خالد عيسى الروسان، مع مسؤولين إسبان التعاون.", "خالد عيسى الروسان");
    expect(p?.role).toBe("السفير الأردني في مدريد");
    expect(p?.country).toBe("JO");
    // A minister's "في" is still the venue.
    expect(person("التقى وزير الدفاع الأردني في مدريد سامي حداد.", "سامي حداد")?.role ?? "").not.toContain("مدريد");
  });

  it("reads female and professional heads (نائبة، النائبة، رجل الأعمال، المحامي)", () => {
    expect(person("وحضرت نائبة وزير الخارجية السويدي إيفا لندغرين المؤتمر.", "إيفا لندغرين")?.role).toBe("نائبة وزير الخارجية السويدي");
    expect(person("وسألت النائبة سعاد الحمدي عن الموازنة.", "سعاد الحمدي")?.role).toBe("النائبة");
    expect(person("وأفرجت النيابة عن رجل الأعمال منير فؤاد الصايغ بكفالة.", "منير فؤاد الصايغ")?.role).toBe("رجل الأعمال");
    expect(person("وقال المحامي طارق نبيل عون إن الحكم قابل للطعن.", "طارق نبيل عون")?.role).toBe("المحامي");
  });

  it("goes on through a body named by an indefinite head, a second field joined by و, and 'former'", () => {
    expect(person("وقال محافظ بنك موريتانيا سيدي ولد أحمد إن التضخم تراجع.", "سيدي ولد أحمد")?.role).toBe("محافظ بنك موريتانيا");
    const chain = read("وترأس الاجتماع وزير الدولة وزير الدفاع وقدامى المحاربين في النيجر الجنرال عمر تانجا.");
    expect(chain.persons.map((p) => p.name)).toEqual(["عمر تانجا"]);
    expect(chain.persons[0]!.role).toBe("وزير الدولة وزير الدفاع وقدامى المحاربين في النيجر");
    const former = read("قضت المحكمة بسجن المدير العام السابق لإدارة واستثمار مرفأ طرابلس سمير نعيم حداد ثلاث سنوات.");
    expect(former.persons.map((p) => p.name)).toEqual(["سمير نعيم حداد"]);
  });

  it("reads no name in the complement of an office before a comma", () => {
    const x = read("ورعى الحفل مندوبا عن رئيس هيئة الأركان المشتركة، مساعد رئيس هيئة الأركان المشتركة للإسناد اللواء الركن أيمن سالم العدوان.");
    expect(x.persons.map((p) => p.name)).toEqual(["أيمن سالم العدوان"]);
    expect(x.persons[0]!.role).toBe("مساعد رئيس هيئة الأركان المشتركة للإسناد");
  });

  it("lists an officer whose role opens with و beside the one before him, in the same delegation", () => {
    const x = read("وحضر الاستقبال قائد القوات البحرية الملكية السعودية الفريق الركن نواف بن سالم الشمري، ومساعد رئيس الأركان للتخطيط اللواء الركن طيار بدر بن ناصر العنزي، والملحق العسكري الباكستاني العميد عمران خان.");
    expect(x.persons.find((p) => p.name === "بدر بن ناصر العنزي")?.country).toBe("SA");
  });
});

describe("an office for some affairs", () => {
  it("keeps the affairs named by a construct in the role, not in the name", () => {
    const x = extractArticle({ text: "والتقى الوزير المبعوث الكندي لشؤون نزع السلاح جون سميث في جنيف." });
    expect(x.persons.map((p) => p.name)).toEqual(["جون سميث"]);
    expect(x.persons[0]!.role).toContain("لشؤون نزع السلاح");
  });
});

describe("a negated adjective inside an office", () => {
  it("keeps غير and the definite adjective after it in the role", () => {
    const text = "خبر\n\nوقع المدير العام لإدارة الجمارك والضرائب غير المباشرة، كريم السلاوي، أمس اتفاقا مع شركة للنقل.";
    expect(person(text, "كريم السلاوي")?.role).toBe("المدير العام لإدارة الجمارك والضرائب غير المباشرة");
    expect(person("خبر\n\nوقال رئيس اتحاد المنظمات غير الحكومية في النيجر سامي الطاهر إن العمل مستمر.", "سامي الطاهر")?.role).toBe("رئيس اتحاد المنظمات غير الحكومية في النيجر");
  });
});

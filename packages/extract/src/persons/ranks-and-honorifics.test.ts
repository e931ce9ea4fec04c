import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text, fileName: "t.txt" });
const person = (text: string, name: string) => read(text).persons.find((p) => p.name === name);

describe("ranks read as a base and a qualifier", () => {
  it("reads the Moroccan general ranks of French form (الجنرال دو كور دارمي، الجنرال دو ديفيزيون)", () => {
    expect(person("وترأس الحفل الجنرال دو كور دارمي عبد الحق العلمي قائد المنطقة الجنوبية.", "عبد الحق العلمي")?.rank).toBe("الجنرال دو كور دارمي");
    expect(person("وحضر التمرين الجنرال دو ديفيزيون مصطفى العمراني رفقة وفد عسكري.", "مصطفى العمراني")?.rank).toBe("الجنرال دو ديفيزيون");
  });

  it("reads a medical officer's طبيب as part of the rank, not of the name", () => {
    const p = person("وشاركت في الزيارة العقيد طبيب منى خليفة الورفلي مديرة المستشفى العسكري.", "منى خليفة الورفلي");
    expect(p?.rank).toBe("العقيد طبيب");
    expect(p?.role).toBe("مديرة المستشفى العسكري");
  });
});

describe("Malaysian honorifics", () => {
  const en = (text: string) => extractArticle({ text: "News\n\n" + text, fileName: "t.txt" }).persons;

  it("keeps Tan Sri, Datuk Seri and Datuk in the rank, out of the name", () => {
    const x = en("Defence Minister Datuk Seri Azlan Karim said on Monday that Tan Sri Rahim Osman would chair the panel.");
    expect(x.find((p) => p.name === "Azlan Karim")?.rank).toBe("Datuk Seri");
    expect(x.find((p) => p.name === "Rahim Osman")?.rank).toBe("Tan Sri");
  });
});

describe("the Fijian chiefly title", () => {
  it("is kept in the rank, not the name ('Ratu')", () => {
    const x = extractArticle({ text: "Pact signed\n\nThe pact was signed by Kenya's Minister for Defence, Ratu Peter Okello, and Uganda's Minister of Defence, Mary Atim, in Nairobi.", fileName: "t.txt" });
    expect(x.persons.find((p) => p.name === "Peter Okello")).toMatchObject({ rank: "Ratu", role: "Minister for Defence", country: "KE" });
  });
});

describe("a formula of address before a title", () => {
  it("leaves صاحب السمو الملكي out of a prince's rank", () => {
    expect(person("واستقبل الوزير صاحب السمو الملكي الأمير فيصل بن تركي بن سلطان في مكتبه.", "فيصل بن تركي بن سلطان")?.rank).toBe("الأمير");
  });

  it("reads the sultan's title as his office, no rank, when no office follows the name", () => {
    const p = person("وبعث صاحب الجلالة السلطان هيثم بن طارق برقية تهنئة.", "هيثم بن طارق");
    expect(p?.rank ?? null).toBeNull();
    expect(p?.role).toBe("السلطان");
  });
});

describe("a title that is the given name", () => {
  it("reads الشيخ before ولد as the bearer's given name, no rank", () => {
    const people = read("وقدم المهندس المسؤول عن الورشة شرحا، وقال الشيخ ولد سيدينا إن الأشغال تتقدم.").persons;
    expect(people.some((p) => p.rank === "الشيخ")).toBe(false);
  });

  it("keeps الشيخ as the rank before a given name", () => {
    expect(person("وقال الشيخ محمد سالم الهاشمي إن اللقاء كان مثمرا.", "محمد سالم الهاشمي")?.rank).toBe("الشيخ");
  });
});

describe("the style of a ruling house before a name", () => {
  // [sentence, name, rank reported]: no rank before an office printed after the name; the rank
  // after the office, as an officer's would be, and with no office at all.
  const cases: [string, string, string | null][] = [
    ["افتتح الشيخ سلطان بن راشد آل مطر، رئيس هيئة المتاحف، معرضا للخط العربي.", "سلطان بن راشد آل مطر", null],
    ["وقع صاحب السمو الملكي الأمير فهد بن نواف بن سعد وزير الطاقة اتفاقية للتعاون.", "فهد بن نواف بن سعد", null],
    ["وقال وزير الداخلية الشيخ حمود سالم الناصر إن الخطة جاهزة.", "حمود سالم الناصر", "الشيخ"],
    ["وقال الشيخ بدر ناصر الفهيد إن اللقاء كان مثمرا.", "بدر ناصر الفهيد", "الشيخ"],
  ];
  it.each(cases)("%s", (sentence, name, rank) => {
    expect(person(sentence, name)?.rank).toBe(rank);
  });
});

describe("a ruler of 'the country' the lexicon knows", () => {
  it("serves his own state, not the one the talks abroad are datelined in", () => {
    const p = person("روما - وكالات - ونقل الوزير في مستهل اللقاء تحيات حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة ملك البلاد المعظم إلى الرئيس الإيطالي.", "حمد بن عيسى آل خليفة");
    expect(p).toMatchObject({ rank: null, country: "BH" });
  });
});

describe("a form of address before a title that opens an office", () => {
  it("leaves the office to be read from the title on (فخامة الرئيس البلغاري X)", () => {
    expect(person("وكان الوزير قد التقى مساء أمس فخامة الرئيس البلغاري كامن سالم داود في مقر الرئاسة.", "كامن سالم داود")).toMatchObject({ rank: null, role: "الرئيس البلغاري" });
  });

  it("reads the bare title as the office, as printed without the address", () => {
    expect(person("والتقى الوفد فخامة الرئيس كامن سالم داود في مقر الرئاسة.", "كامن سالم داود")).toMatchObject({ rank: null, role: "الرئيس" });
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20", tagger: false });
const names = (text: string) => read(text).persons.map((p) => p.name);

describe("family names that are also common words", () => {
  it("keeps a definite family name ending in a root ه (الفقيه، النبيه) after a rank", () => {
    expect(names("التقى العقيد الركن علي الفقيه بالوفد في مقر القيادة.")).toContain("علي الفقيه");
    expect(names("وقال العميد سامر يوسف النبيه إن التدريب انتهى.")).toContain("سامر يوسف النبيه");
  });

  it("keeps a family name spelt like a title (ملك) when no office follows it", () => {
    const x = read("استقبل قائد الجيش الجنرال نعيم أختر ملك والوفد المرافق له.");
    expect(x.persons.map((p) => p.name)).toContain("نعيم أختر ملك");
    // A head with its office still ends the name.
    expect(names("التقى الجنرال نعيم أختر ملك الأردن في عمان.")).toContain("نعيم أختر");
  });

  it("reads no person in a place that follows a role (ضريح …)", () => {
    expect(names("وزار الوزير الضيف ضريح الجندي المجهول ووضع إكليلا من الزهور.")).toEqual([]);
  });
});

describe("where a name ends in the words after it", () => {
  it("ends before a time of day that opens a date, but keeps صباح as a name", () => {
    expect(names("افتتح وزير النقل المصري كامل سعيد الوزيري صباح أمس الأحد المعرض.")).toContain("كامل سعيد الوزيري");
    expect(names("وتسلم الشيخ صباح خالد الحمد الرسالة من السفير.")[0]).toMatch(/^صباح خالد/);
  });

  it("ends before a city printed with the article or in two words", () => {
    expect(names("وزار الوفد المدرسة التي أنشأتها شركة فوسن الدنماركية بميناء الدار البيضاء.")).toEqual([]);
    // After a connector the place word is part of the name (عبد الجليل).
    expect(names("وأجرى مباحثات مع مفتش البحرية الأميرال عبد الجليل الصافي.")).toContain("عبد الجليل الصافي");
  });

  it("takes no state from a place inside a person's own name", () => {
    const x = read("الرباط - استقبل الفريق سعيد الوزاني قائد المنطقة الجنوبية في الرباط اليوم وفدا، وحضر اللقاء الأميرال عبد الجليل الصافي.");
    expect(x.persons.find((p) => p.name === "عبد الجليل الصافي")?.country).toBe("MA");
  });
});

describe("a second name joined by و", () => {
  it("reads 'X ووليد سعد' as two persons when the second opens with a known given name", () => {
    const x = read("واستقبل الوزير العميد سالم الحربي ووليد سعد في مكتبه.");
    expect(x.persons.map((p) => p.name)).toEqual(expect.arrayContaining(["سالم الحربي", "وليد سعد"]));
    // و on an ordinary word after a name is no second person.
    expect(names("واستقبل الوزير العميد سالم الحربي ووفدا من الضباط في مكتبه.")).toEqual(["سالم الحربي"]);
  });
});

describe("a family name in و right before the person's office", () => {
  it("ends the name, and the office after it is his ('عبدي حسن واعيس قائد …')", () => {
    const text = "خبر\n\nوقع اللواء سالم راشد الكتبي قائد الحرس الوطني الإماراتي، والعقيد بحري عبدي حسن واعيس قائد خفر السواحل الجيبوتي، اليوم الأربعاء في أبوظبي اتفاقية للتعاون.";
    const p = extractArticle({ text, fileName: "t.txt" }).persons.find((x) => x.name === "عبدي حسن واعيس");
    expect(p).toMatchObject({ rank: "العقيد بحري", role: "قائد خفر السواحل الجيبوتي", country: "DJ" });
  });

  it("while و before another name's word stays the conjunction ('أحمد سالم وعدد من الضباط')", () => {
    const names = extractArticle({ text: "خبر\n\nاستقبل العقيد أحمد سالم وعدد من الضباط قائد القوات الجيبوتية أمس.", fileName: "t.txt" }).persons.map((p) => p.name);
    expect(names).toContain("أحمد سالم");
  });
});

describe("a family's name after آل", () => {
  it("keeps the word after آل in the name though it reads as a common word, so the office after the comma is his", () => {
    const x = read("استقبل اللواء الركن سامي بن فهد آل طالب، قائد القوة الجوية الملكية السعودية، الوفد الزائر.");
    const p = x.persons.find((q) => q.name === "سامي بن فهد آل طالب");
    expect(p?.role).toBe("قائد القوة الجوية الملكية السعودية");
  });
});

describe("a town's name in the shape of a nisba closing a ranked name", () => {
  it("is the family name, no place", () => {
    const x = extractArticle({ text: "خبر\n\nالكويت - كونا - ورافق الوزير في جولته العقيد البحري ناصر فهد العجمي، الذي أوضح أن الطاقم أنهى تدريبه.", fileName: "t.txt" });
    expect(x.persons.find((p) => p.name === "ناصر فهد العجمي")?.country).toBe("KW");
    expect(x.locations.some((l) => l.name === "العجمي")).toBe(false);
  });
});

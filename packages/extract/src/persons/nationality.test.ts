import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const persons = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).persons.map((p) => [p.name, p.role, p.country]);

describe("the state of a person from the nationality printed with the name", () => {
  it("reads a name after a nationality adjective, with or without a proclitic", () => {
    const p = persons("وزير يزور بلغراد", "سلم وزير الدفاع المصري محمد زكي رسالة للصربي دراغان سيموفيتش، ثم صافح الروسي سيرغي لافروف.");
    expect(p).toEqual(expect.arrayContaining([["دراغان سيموفيتش", null, "RS"], ["سيرغي لافروف", null, "RU"]]));
  });

  it("does not read a person from an adjective that qualifies a noun", () => {
    const p = persons("وزير يزور بلغراد", "ونشر الجيش الفرنسي قوات جديدة في المنطقة أمس، وأشاد الرئيس الروسي فلاديمير بوتين بالجهود.");
    expect(p.map((x) => x[0])).toEqual(["فلاديمير بوتين"]);
  });

  it("reads a definite role head with its nationality (بالوزير الصربي)", () => {
    expect(persons("وزير يزور بلغراد", "التقى وزير الدفاع المصري محمد زكي في بلغراد بالوزير الصربي ميلان جوفيتش.")).toEqual(
      expect.arrayContaining([["ميلان جوفيتش", "الوزير الصربي", "RS"]]),
    );
  });

  it("reads an English role in lower case after a nationality", () => {
    const p = persons("Ministers meet in Belgrade", "Egyptian Defense Minister Mohamed Zaki met French envoy Jean Laurent in Belgrade, and Turkish leader Recep Kaya sent a message.");
    expect(p).toEqual(expect.arrayContaining([["Jean Laurent", "French envoy", "FR"], ["Recep Kaya", "Turkish leader", "TR"]]));
  });
});

describe("an English role after a state of several words that opens a paragraph", () => {
  it("keeps the whole state in the role", () => {
    const p = persons("Talks in Pretoria", "New Zealand Defence Minister Mere Tawhiri arrived on Monday.", "South African Defence Minister Thandi Mokoena arrived on Tuesday.");
    expect(p).toEqual(
      expect.arrayContaining([
        ["Mere Tawhiri", "New Zealand Defence Minister", "NZ"],
        ["Thandi Mokoena", "South African Defence Minister", "ZA"],
      ]),
    );
  });
});

describe("demonyms spelt more than one way", () => {
  it("reads the Kyrgyz state from قيرغيزي, قرغيزي and Kyrgyz", () => {
    const state = (text: string) => extractArticle({ text, fileName: "t.txt" }).persons.map((p) => [p.name, p.country]);
    expect(state("وقال رئيس جهاز الحدود القرغيزي تيمور أسانوف إن الدوريات زادت.")).toEqual([["تيمور أسانوف", "KG"]]);
    expect(state("وقال رئيس جهاز الحدود القيرغيزي تيمور أسانوف إن الدوريات زادت.")).toEqual([["تيمور أسانوف", "KG"]]);
    expect(state("Kyrgyz Defence Minister Timur Asanov said the patrols would grow.")).toEqual([["Timur Asanov", "KG"]]);
  });
});

describe("a name whose first word is printed with a hamza on its alef", () => {
  it("reads ألماز, إلهام, ألكسندر after a role as a given name, not as a definite word of the role", () => {
    const x = extractArticle({ text: "وكان رئيس لجنة الأمن القومي ألماز تورسونوف قد زار أنقرة، وقال المدير الإقليمي ألكسندر بيتروف إن وزيرة الخارجية إلهام كريموفا وصلت." });
    expect(x.persons.map((p) => [p.name, p.role])).toEqual(
      expect.arrayContaining([
        ["ألماز تورسونوف", "رئيس لجنة الأمن القومي"],
        ["ألكسندر بيتروف", "المدير الإقليمي"],
        ["إلهام كريموفا", "وزيرة الخارجية"],
      ]),
    );
  });

  it("does not read a verb printed with أل as a name", () => {
    const x = extractArticle({ text: "وألقى وزير الدفاع الأردني كلمة في الحفل، ثم ألغى المدير العام الاجتماع." });
    expect(x.persons).toEqual([]);
  });
});

describe("a nisba right after a name", () => {
  it("is the family name, no nationality: the person serves the state of the report", () => {
    const p = persons("خبر للاختبار", "أبوظبي في 3 مايو 2027 / وام / وحضر المراسم في الميناء سفير الدولة لدى اليونان سالم خليفة الكويتي، وعدد من الضباط.");
    expect(p.find((x) => String(x[0]).startsWith("سالم خليفة"))?.[2]).toBe("AE");
  });
});

describe("a nationality adjective after a quoted name", () => {
  it("qualifies the quoted body, so the words after it are no person", () => {
    const p = persons("عقد لتوسيع رصيف", 'وقعت إدارة الميناء عقدا مع شركة "الصخرة للأشغال البحرية" التونسية لتوسيع رصيف الحاويات في الميناء.');
    expect(p).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text: "خبر للاختبار\n\n" + text + "\n", fileName: "t.txt", publishedHint: "2026-04-20" });
const person = (text: string, name: string) => read(text).persons.find((p) => p.name === name);

describe("a role that names a body or an area by an indefinite word", () => {
  it("keeps the body a spokesman speaks for, whose name opens with an indefinite noun", () => {
    const text = "وقال المتحدث باسم غرفة العمليات المشتركة العميد سالم الكعبي في بيان إن الدوريات مستمرة.";
    const x = read(text);
    expect(x.persons.map((p) => p.name)).not.toContain("غرفة العمليات المشتركة");
    expect(person(text, "سالم الكعبي")).toMatchObject({ rank: "العميد", role: "المتحدث باسم غرفة العمليات المشتركة" });
  });

  it("keeps the rest of a body's name after its head ('قوات حرس الحدود')", () => {
    const text = "وقال العقيد ماهر الجبوري، المتحدث باسم قوات حرس الحدود العراقية، إن الدوريات أوقفت ثلاثة مهربين.";
    expect(person(text, "ماهر الجبوري")?.role).toBe("المتحدث باسم قوات حرس الحدود العراقية");
  });

  it("keeps the area of a local office in the role, not in the name", () => {
    const text = "وهو الحادث الثالث هذا الشهر، بحسب رئيس بلدية عيترون سامي قاسم.";
    expect(read(text).persons.map((p) => p.name)).toContain("سامي قاسم");
    expect(person(text, "سامي قاسم")?.role).toBe("رئيس بلدية عيترون");
  });

  it("keeps the embassy a post is held in, and the state it names is the attaché's", () => {
    const text = "عمّان - وحضر الافتتاح في الزرقاء قائد المنطقة الشمالية العميد خالد الزعبي، والملحق العسكري في السفارة البريطانية العقيد توماس رايت.";
    expect(person(text, "توماس رايت")).toMatchObject({ role: "الملحق العسكري في السفارة البريطانية", country: "GB" });
    expect(person(text, "خالد الزعبي")?.country).toBe("JO");
  });

  it("does not give a minister the nationality printed after the next person's rank", () => {
    const text = "عمّان - بحث وزير الدفاع عمر الخطيب مع قائد القوات المشتركة الجنرال الفرنسي بيار موران في عمّان سبل التعاون.";
    expect(person(text, "عمر الخطيب")?.country).not.toBe("FR");
    expect(person(text, "بيار موران")?.country).toBe("FR");
  });
});

describe("an official of a peacekeeping mission", () => {
  it("serves no state, though the article is filed from the host state", () => {
    const x = read("بيروت - وقالت المتحدثة باسم اليونيفيل كارلا فيري إن البعثة تتابع الخروقات على طول الخط الأزرق.");
    expect(x.persons.find((p) => p.name === "كارلا فيري")?.country).toBeNull();
  });
});

describe("the state of a person no role names", () => {
  it("is not a state named far along his sentence", () => {
    const x = read("بغداد (واع)\n\nوقال المتحدث باسم قيادة العمليات المشتركة العميد كريم الخفاجي في بيان إن القوات الأمنية أوقفت ثلاثة مهربين كانوا يحاولون العبور من منطقة صحراوية نائية قرب الحدود السورية.");
    expect(x.persons.find((p) => p.name === "كريم الخفاجي")?.country).toBe("IQ");
  });
});

describe("a body named by two fields joined by و after its head", () => {
  it("keeps both fields and the body's place in the office, and the name comes after them", () => {
    const p = person("وقال رئيس غرفة تجارة وصناعة البحرين ناصر حمد المري إن الغرفة ستنظم معرضا في الخريف.", "ناصر حمد المري");
    expect(p?.role).toBe("رئيس غرفة تجارة وصناعة البحرين");
    expect(read("وقال رئيس غرفة تجارة وصناعة البحرين ناصر حمد المري إن الغرفة ستنظم معرضا في الخريف.").persons.map((q) => q.name)).not.toContain("تجارة وصناعة");
  });
});

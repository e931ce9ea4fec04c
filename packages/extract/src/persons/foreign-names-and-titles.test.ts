import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons;
const one = (text: string, name: string) => read(text).find((p) => p.name === name);

describe("a foreign name word opening with ك and a plain alef", () => {
  it("stays in the name (كامارا، كابيلا)", () => {
    expect(one("وقال وزير الدفاع الغيني عمر سيكو كامارا، في مؤتمر صحفي، إن القوات جاهزة.", "عمر سيكو كامارا")?.role).toBe("وزير الدفاع الغيني");
    expect(one("واستقبل الفريق جان بيير كابيلا الوفد الزائر في كينشاسا.", "جان بيير كابيلا")?.rank).toBe("الفريق");
  });
});

describe("an ambassador's title between an office and a name", () => {
  it("is the person's diplomatic rank, and the office before it is the role", () => {
    expect(one("وقال مساعد وزير الخارجية للشؤون الأفريقية، السفير حسن علي منصور، إن القمة ناجحة.", "حسن علي منصور")?.role).toBe("مساعد وزير الخارجية للشؤون الأفريقية");
  });

  it("reads a woman commissioner of a union as a role", () => {
    const p = one("وقالت مفوضة الاتحاد الأفريقي للتجارة والصناعة، السفيرة أمينة سالم جالو، إن الاتفاق مهم.", "أمينة سالم جالو");
    expect(p?.role).toBe("مفوضة الاتحاد الأفريقي للتجارة والصناعة");
    expect(p?.country).toBeNull();
  });
});

describe("a role that stops at a preposition", () => {
  it("does not end on the preposition", () => {
    expect(one("وقال العقيد خالد سعيد الراشدي، مدير المناورة من الجانب الكويتي، إن التمرين حقق أهدافه.", "خالد سعيد الراشدي")?.role).not.toMatch(/ من$/);
  });
});

describe("a feminine participle after a role", () => {
  it("opens no name (متعددة الجنسيات)", () => {
    expect(read("وأكد قائد القوة المشتركة متعددة الجنسيات أن الدوريات مستمرة.")).toEqual([]);
  });
});

describe("an English office set off by a comma and an article", () => {
  it("goes to the ranked name before it, with the body it is for", () => {
    const p = extractArticle({ text: "News\n\nColonel Peter Mwangi, a spokesman for Kenya's Ports Authority, said checks were tightened." }).persons[0];
    expect([p?.name, p?.role]).toEqual(["Peter Mwangi", "spokesman for Kenya's Ports Authority"]);
  });
});

describe("a state's one-word name inside a personal name", () => {
  it("stays in the name when a bare name word follows it up to a comma", () => {
    expect(read("وقال اللواء يوسف بابا غانا موسى، قائد القوة الإقليمية، إن الدوريات مستمرة.").map((p) => p.name)).toContain("يوسف بابا غانا موسى");
  });

  it("is still the verb's object or a venue otherwise", () => {
    expect(read("وزار وزير الدفاع محمد علي تونس أمس، حيث التقى نظيره.").map((p) => p.name)).toContain("محمد علي");
  });
});

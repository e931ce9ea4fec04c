import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2026-04-20", tagger: false });
const person = (text: string, name: string) => read(text).persons.find((p) => p.name === name);

describe("ranks of several armies stay out of the name", () => {
  it("reads Venezuela's General-in-Chief as one rank, no office", () => {
    const p = person("Border talks\nThe visitor, General-in-Chief Pedro Salazar, inspected the new bridge on Monday.", "Pedro Salazar");
    expect(p?.rank).toBe("General-in-Chief");
    expect(p?.role).toBeNull();
  });

  it("reads the Egyptian qualifier of two words (اللواء أركان حرب)", () => {
    const p = person("وحضر اللقاء اللواء أركان حرب سامح عادل الجمال قائد المنطقة الشمالية العسكرية.", "سامح عادل الجمال");
    expect(p?.rank).toBe("اللواء أركان حرب");
    expect(p?.role).toBe("قائد المنطقة الشمالية العسكرية");
  });

  it("reads the definite ordinal and the naval qualifier (الفريق الأول الركن، العميد البحري، الرائد البحري)", () => {
    expect(person("استقبل الفريق الأول الركن سعد بن مبارك الهاجري الوفد الزائر.", "سعد بن مبارك الهاجري")?.rank).toBe("الفريق الأول الركن");
    expect(person("وأشرف على الرماية العميد البحري الركن وائل حسن القيسي.", "وائل حسن القيسي")?.rank).toBe("العميد البحري الركن");
    expect(person("وقادت الزورق الرائد البحري منى سليم العبادي.", "منى سليم العبادي")?.rank).toBe("الرائد البحري");
  });

  it("reads the Maghreb and French naval forms (العقيد ماجور، الأميرال، نائب الأدميرال) as ranks, not roles", () => {
    expect(person("وحضر اللقاء العقيد ماجور رشيد بنحمو الملحق العسكري.", "رشيد بنحمو")?.rank).toBe("العقيد ماجور");
    expect(person("واستقبل الأميرال يوسف المنصوري ضيفه في القاعدة.", "يوسف المنصوري")?.rank).toBe("الأميرال");
    const vice = person("واستقبل الوزير في مكتبه نائب الأدميرال جان بيير مارتان قائد الأسطول.", "جان بيير مارتان");
    expect(vice?.rank).toBe("نائب الأدميرال");
    expect(vice?.role).toBe("قائد الأسطول");
  });
});

describe("a foreign given name after a rank may open with ي", () => {
  it("reads 'الفريق أول يرجان …' as a name, and a verb after a rank stays a verb", () => {
    expect(person("وبحث الفريق أول يرلان توكاييف مع الوفد الزائر سبل التعاون.", "يرلان توكاييف")?.rank).toBe("الفريق أول");
    expect(read("وقال إن العقيد يتابع سير التدريب بنفسه.").persons).toEqual([]);
  });
});

describe("a rank of several words before a name opening with إل", () => {
  // Folded, "إلدار" reads as a definite word ("الدار"); printed, it is a name and the rank is whole.
  it("keeps نائب الأدميرال as the rank, not a role نائب", () => {
    const text = "مناورات\n\nباكو - وكالات\n\nوأشرف على التمرين قائد القوات البحرية الأذربيجانية نائب الأدميرال إلدار حسنوف.";
    const p = extractArticle({ text, fileName: "t.txt" }).persons.find((x) => x.name === "إلدار حسنوف");
    expect(p).toMatchObject({ rank: "نائب الأدميرال", role: "قائد القوات البحرية الأذربيجانية" });
  });
});

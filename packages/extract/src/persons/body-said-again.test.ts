import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("a spokesman of a body printed again by its head alone", () => {
  it("serves the state of the body of that head named before ('الناطقة باسم الوزارة')", () => {
    const text = "صفقة مدافع\n\nنيروبي - وكالات\n\nوافقت وزارة الدفاع الأوغندية أمس على بيع مدافع إلى تنزانيا. وقالت الناطقة باسم الوزارة سعاد منير حمدي إن تنزانيا ستتسلم الدفعة الأولى قبل نهاية العام.";
    expect(person(text, "سعاد منير حمدي")).toMatchObject({ role: "الناطقة باسم الوزارة", country: "UG" });
  });
});

describe("a body printed again inside an office by its definite head alone", () => {
  it("gives the officer the state of the body named in full before, not the host's ('على المركز')", () => {
    const text = "قافلة إغاثة في النيجر\n\nنيامي - واس\n\nبدأ مركز الملك سلمان للإغاثة والأعمال الإنسانية أمس توزيع خيام على النازحين في مدينة زندر بالنيجر. وحضر التوزيع في زندر مساعد المشرف العام على المركز للشؤون الميدانية، المهندس ماجد بن سالم الحربي، ووالي زندر موسى عبدو.";
    expect(person(text, "ماجد بن سالم الحربي")).toMatchObject({ role: "مساعد المشرف العام على المركز للشؤون الميدانية", country: "SA" });
  });

  it("reads a construct's head with the second word made definite ('حكومة الكانتون')", () => {
    const text = "فندق جديد في توزلا\n\nالدوحة - قنا\n\nوقعت شركة الريان للضيافة القطرية عقداً مع حكومة كانتون توزلا لبناء فندق. وحضر التوقيع سفير دولة قطر لدى البوسنة والهرسك السيد خالد بن علي الكبيسي، ورئيس حكومة الكانتون أدنان هوجيتش.";
    expect(person(text, "أدنان هوجيتش")).toMatchObject({ role: "رئيس حكومة الكانتون", country: "BA" });
  });
});

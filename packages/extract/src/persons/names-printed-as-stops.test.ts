import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const people = (text: string) => extractArticle({ text, fileName: "t.txt" }).persons;

describe("a given name printed like a stop word", () => {
  it("opens the name after a rank when printed with its hamza below (إمام)", () => {
    const text = "تعاون دفاعي\n\nوقع وزير الدفاع الكيني الفريق أول إمام علي داود ونظيره الأوغندي اللواء كمال حسن، اليوم الخميس في نيروبي، اتفاقا للتعاون.";
    const p = people(text).find((x) => x.name === "إمام علي داود");
    expect(p).toMatchObject({ rank: "الفريق أول", role: "وزير الدفاع الكيني", country: "KE" });
    expect(people(text).find((x) => x.name === "كمال حسن")?.role).toBe("وزير الدفاع الأوغندي");
  });

  it("while the preposition أمام after a rank stays a preposition", () => {
    const names = people("جلسة استماع\n\nمثل اللواء أمام لجنة الدفاع في البرلمان أمس.").map((p) => p.name);
    expect(names.some((n) => n.startsWith("أمام"))).toBe(false);
  });

  it("opens the name with فيصل, which reads as ف + the verb يصل, after a rank", () => {
    const text = "تعاون أمني\n\nالكويت - التقى وكيل وزارة الداخلية الفريق سامي سعود الرشيدي اليوم في مكتبه وفدا أمنيا من الأردن.\n\nوشارك في اللقاء الملحق الأمني الأردني لدى الكويت العقيد فيصل بن سعود الرشيدي، وعدد من الضباط.";
    const p = people(text).find((x) => x.name === "فيصل بن سعود الرشيدي");
    expect(p).toMatchObject({ rank: "العقيد", role: "الملحق الأمني الأردني لدى الكويت", country: "JO" });
  });

  it("reads فيصل on as the father's name بن calls for", () => {
    const text = "تعاون بحري\n\nجدة - استقبل قائد القوات البحرية الفريق بحري سالم بن فيصل العتيبي اليوم وفدا من البحرية العمانية برئاسة العميد بحري سعيد بن فيصل البلوشي.";
    const names = people(text).map((x) => x.name);
    expect(names).toContain("سعيد بن فيصل البلوشي");
    expect(names).not.toContain("سعيد بن");
  });
});

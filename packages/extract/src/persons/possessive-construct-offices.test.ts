import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const person = (text: string, name: string) => extractArticle({ text, fileName: "t.txt" }).persons.find((p) => p.name === name);

describe("an office whose construct's last noun takes the pronoun", () => {
  it("rebuilds a company's chairman with the company named paragraphs before (رئيس مجلس إدارتها)", () => {
    const text =
      "اتفاق نقل\n\nوقعت الهيئة الأردنية للموانئ الجافة اتفاقا مع شركة النخيل للنقل البري العراقية لتشغيل ساحة شحن.\n\nووقع الاتفاق عن الهيئة مديرها العام، سامر يوسف الخطيب، وعن الشركة رئيس مجلس إدارتها، كريم جاسم العبيدي، في عمان.";
    const p = person(text, "كريم جاسم العبيدي");
    expect(p?.role).toMatch(/^رئيس مجلس إدارة شركة النخيل للنقل البري/u);
    // The company was named with its nationality: its chairman speaks for that side, not the host's.
    expect(p?.country).toBe("IQ");
  });

  it("reads a board of trustees' chairman with the masculine pronoun (رئيس مجلس أمنائه)", () => {
    const text = "افتتاح مكتبة\n\nافتتح الصندوق الوطني للثقافة مكتبة عامة في إربد، وألقى رئيس مجلس أمنائه، وليد حسن الزعبي، كلمة في الحفل.";
    expect(person(text, "وليد حسن الزعبي")?.role).toBe("رئيس مجلس أمناء الصندوق الوطني للثقافة");
  });

  it("leaves a head with no pronoun after it as printed", () => {
    const text = "اجتماع\n\nوترأس رئيس مجلس الإدارة، نادر سليم العلي، اجتماع الشركة السنوي في الدوحة.";
    expect(person(text, "نادر سليم العلي")?.role).toBe("رئيس مجلس الإدارة");
  });
});

describe("the area where an officer holds the body's office, after the pronoun", () => {
  it("keeps the area after ب in the rebuilt office, up to the comma before the name (قائدها بالمنطقة الغربية،)", () => {
    const text = "إحباط تهريب\n\nأحبطت قوات حرس السواحل الليبية أمس محاولة لتهريب مهاجرين قرب زوارة. وقال قائدها بالمنطقة الغربية، العقيد سالم عمر البدري، إن المهاجرين سلموا.";
    expect(person(text, "سالم عمر البدري")).toMatchObject({ rank: "العقيد", role: "قائد قوات حرس السواحل الليبية بالمنطقة الغربية", country: "LY" });
  });

  it("keeps an area after في with its adjective (مديرها في المنطقة الشرقية،)", () => {
    const text = "حملة تطعيم\n\nأطلقت وزارة الصحة السعودية حملة تطعيم جديدة، وقال مديرها في المنطقة الشرقية، فهد ناصر القحطاني، إن الحملة تستمر أسبوعين.";
    expect(person(text, "فهد ناصر القحطاني")?.role).toBe("مدير وزارة الصحة السعودية في المنطقة الشرقية");
  });
});

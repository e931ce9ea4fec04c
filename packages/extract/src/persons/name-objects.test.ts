import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons;
const names = (text: string) => read(text).map((p) => p.name);

describe("a name the verb's object follows with no mark between", () => {
  it("ends before a noun with its nationality adjective", () => {
    expect(names("رفض وزير الداخلية الكيني جوزيف موانغي أوتيينو الاتهام الصومالي بشأن الحادث.")).toEqual(["جوزيف موانغي أوتيينو"]);
    expect(names("استقبلت وزيرة الخارجية التونسية سلمى عزيز حمدان البعثة السنغالية في مكتبها.")).toEqual(["سلمى عزيز حمدان"]);
  });

  it("ends before a feminine noun and its adjective", () => {
    expect(names("وانتقد رئيس البرلمان الأردني سامي فهد الخطيب الخطة الحكومية الجديدة.")).toEqual(["سامي فهد الخطيب"]);
  });

  it("ends before a verbal noun of the tenth form", () => {
    expect(names("وعرض وزير الخارجية العماني خالد سيف الهنائي استضافة جولة جديدة من المحادثات.")).toEqual(["خالد سيف الهنائي"]);
    expect(names("وأعلن رئيس الوزراء الصومالي حسن عبدي نور استقالة حكومته.")).toEqual(["حسن عبدي نور"]);
  });

  it("keeps a definite word after a connector in the name", () => {
    expect(names("وتسلم اللواء حمد سالم العلي الشهادات من المدربين.")).toEqual(["حمد سالم العلي"]);
    expect(names("وقال الدكتور عبد الرحمن المصري إن التقرير دقيق.")).toEqual(["عبد الرحمن المصري"]);
  });
});

describe("a definite given name a patronymic follows", () => {
  it("opens the name after a role instead of going on with it", () => {
    const [p] = read("واستقبل وزير الداخلية الموريتاني المختار ولد سيدي محمد الوفد المالي.");
    expect([p!.name, p!.role]).toEqual(["المختار ولد سيدي محمد", "وزير الداخلية الموريتاني"]);
    const [q] = read("وصرح وزير العدل التونسي الطاهر بن عمر بأن القانون سيصدر قريبا.");
    expect([q!.name, q!.role]).toEqual(["الطاهر بن عمر", "وزير العدل التونسي"]);
  });

  it("leaves the verb ولد (was born) to the sentence", () => {
    expect(names("وكان رئيس الوزراء الراحل ولد في طرابلس عام 1950.")).toEqual([]);
  });
});

describe("a derived verb in the feminine after a name", () => {
  it("ends the name: its subject is the noun before it", () => {
    const x = read("وأجرى الوفد محادثات مع اللواء سامي بن عمارة تناولت تأمين الحدود البحرية.");
    expect(x.map((p) => p.name)).toEqual(["سامي بن عمارة"]);
    expect(names("وعقد الوزير جلسة مع العميد حسن عزت تطرقت إلى أمن الموانئ.")).toEqual(["حسن عزت"]);
  });
});

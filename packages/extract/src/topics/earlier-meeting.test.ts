import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text }).topics;

describe("a meeting of two states told as earlier news is not military cooperation", () => {
  const story = [
    "سقوط مسيرات على مستودع للوقود في ميناء قابس",
    "",
    "قال الجيش التونسي إن ثلاث طائرات مسيرة سقطت فجر اليوم على مستودع للوقود في ميناء قابس، ما أدى إلى اندلاع حريق كبير.",
    "وأضاف المتحدث باسم الجيش العقيد سامر بدران أن فرق الدفاع المدني سيطرت على الحريق بعد ساعات.",
  ];

  it("leaves out a defence minister's talks told in the pluperfect", () => {
    const text = [...story, "وكان وزير الدفاع التونسي نادر الهاشمي قد التقى الأسبوع الماضي في عمّان رئيس أركان الجيش الأردني اللواء فارس العمري، وبحثا سبل استئناف المحادثات."].join("\n");
    expect(topics(text)).not.toContain("military-cooperation");
  });

  it("still counts the same talks when they are the news", () => {
    const text = ["وزير الدفاع التونسي يبحث مع رئيس أركان الجيش الأردني التعاون", "", "التقى وزير الدفاع التونسي نادر الهاشمي اليوم في عمّان رئيس أركان الجيش الأردني اللواء فارس العمري، وبحثا سبل استئناف المحادثات."].join("\n");
    expect(topics(text)).toContain("military-cooperation");
  });
});

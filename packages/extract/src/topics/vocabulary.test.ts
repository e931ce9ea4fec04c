import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text: "خبر\n\n" + text }).topics;

describe("topics from the vocabulary of held-out news (probe10)", () => {
  it("reads calls for restraint, tensions and an arms race as regional stability", () => {
    expect(topics("دعا الوسيط الطرفين إلى ضبط النفس بعد الحادث.")).toContain("regional-stability");
    expect(topics("حذرت الوزارة من سباق تسلح في الجزر.")).toContain("regional-stability");
    expect(topics("Diplomats said the visit was meant to ease tensions over the islands.")).toContain("regional-stability");
  });

  it("reads a border clash and the border posts as border security", () => {
    expect(topics("أصيب جنديان في اشتباك حدودي مساء أمس.")).toContain("border-security");
    expect(topics("رفع الجيش حالة التأهب في المخافر الحدودية.")).toContain("border-security");
  });

  it("reads an arms sale, a maker's name and two mentions of a deal as defence industry", () => {
    expect(topics("The agency approved the possible sale of six helicopters.")).toContain("defense-industry");
    expect(topics("قال الوزير إن المدافع ستصنعها شركة محلية.")).toContain("defense-industry");
    expect(topics("أقر المجلس صفقة الفرقاطات، وقالت الحكومة إن الصفقة تمول على عشر سنوات.")).toContain("defense-industry");
    expect(topics("أقر المجلس صفقة الفرقاطات أمس.")).not.toContain("defense-industry");
  });

  it("reads a graduation and the training of officers as training, but not a trainer aircraft", () => {
    expect(topics("أقيم حفل تخريج دفعة جديدة من الضباط في الكلية.")).toContain("training");
    expect(topics("تمول السفارة برنامجا لتدريب الضباط.")).toContain("training");
    expect(topics("وقعت الوزارة عقدا لتوريد طائرة تدريب أساسي.")).not.toContain("training");
  });

  it("reads sea mines and pirates as maritime security", () => {
    expect(topics("انتشلت البحرية لغما بحريا قرب الساحل.")).toContain("maritime-security");
    expect(topics("Pirates boarded the tanker before dawn.")).toContain("maritime-security");
  });

  it("reads the verb of exchanging information as intelligence sharing, and security cooperation and attachés as military cooperation", () => {
    expect(topics("قال الضابط إن الوحدتين ستتبادلان المعلومات عبر غرفة مشتركة.")).toContain("intelligence-sharing");
    expect(topics("وقع البلدان اتفاق التعاون الأمني في الربيع.")).toContain("military-cooperation");
    expect(topics("وحضر الحفل الملحق العسكري الفرنسي.")).toContain("military-cooperation");
  });

  it("reads self-determination, autonomy and a peace agreement as politics", () => {
    expect(topics("قال المندوب إن القرار تجاهل حق تقرير المصير.")).toContain("politics");
    expect(topics("وقع الطرفان بالأحرف الأولى على اتفاق سلام.")).toContain("politics");
  });
});

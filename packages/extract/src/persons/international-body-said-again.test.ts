import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const stateOf = (text: string, name: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-04-06" }).persons.find((p) => p.name === name)?.country;

describe("an international body printed again by its head noun", () => {
  it("makes its officer serve no state", () => {
    const text =
      "القاهرة - أدان مجلس جامعة الدول العربية القصف في اجتماع طارئ. وقال سامي رشاد الحلبي، الأمين العام المساعد للجامعة، إن المجلس يتابع التطورات في السودان بقلق.";
    expect(stateOf(text, "سامي رشاد الحلبي")).toBeNull();
  });

  it("leaves an officer of a state's body with his state", () => {
    const text =
      "القاهرة - أعلنت وزارة الخارجية المصرية دعمها للمبادرة. وقال سامي رشاد الحلبي، مساعد وزير الخارجية، إن الوزارة تتابع التطورات في السودان بقلق.";
    expect(stateOf(text, "سامي رشاد الحلبي")).toBe("EG");
  });

  it("leaves a state's delegate to the body with his state", () => {
    const text =
      "القاهرة - انعقد مجلس جامعة الدول العربية في اجتماع طارئ. وقال سامي رشاد الحلبي، مندوب مصر لدى الجامعة، إن بلاده تتابع التطورات بقلق.";
    expect(stateOf(text, "سامي رشاد الحلبي")).toBe("EG");
  });
});

describe("an international force's commander read from the tagger's names", () => {
  it("serves no state, though a nationality follows his rank", () => {
    const text =
      "زيارة عسكرية\n\nموستار (الأناضول) - زار رئيس الأركان المجري الكتيبة المجرية العاملة ضمن قوة الاتحاد الأوروبي \"يوفور ألثيا\" في البوسنة، الخميس.\n\nواستمع الضيف إلى إيجاز من قائد القوة اللواء الإيطالي ماركو بيانكيني حول مهام حفظ السلام.";
    expect(stateOf(text, "ماركو بيانكيني")).toBeNull();
  });
});

describe("an international body whose head noun opens on a letter a clitic is written with", () => {
  it("is found by that noun whole ('البرنامج' after 'برنامج الأغذية العالمي')", () => {
    const text =
      "أزمة غذاء\n\nنيامي - وكالات\n\nأعلن برنامج الأغذية العالمي أمس خفض الحصص الغذائية في مخيمات اللاجئين، ووصفت سلمى إدريس موسى، منسقة البرنامج في النيجر، القرار بأنه اضطراري.";
    expect(stateOf(text, "سلمى إدريس موسى")).toBeNull();
  });
});


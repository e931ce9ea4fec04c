import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";
import { namesInternationalBody } from "./organizations";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "عنوان\n" + text });

describe("UN missions and regional bodies serve no single state", () => {
  it("gives no state to the head of a UN force or of a regional forum", () => {
    const x = read("وفي الخرطوم، قال قائد قوة يونيسفا اللواء بيتر أوكونكوو إن الهدوء عاد إلى المنطقة.\nوفي سوفا، رحبت الأمينة العامة لمنتدى جزر المحيط الهادئ، ماري تانيلا، بالاتفاق.");
    expect(x.persons.map((p) => [p.name, p.country])).toEqual(expect.arrayContaining([["بيتر أوكونكوو", null], ["ماري تانيلا", null]]));
  });

  it("gives no state to a UN mission named after the state it works in", () => {
    expect(read("وحذرت بعثة الأمم المتحدة لمساعدة الصومال من تصاعد الهجمات.").organizations).toContainEqual(expect.objectContaining({ name: "بعثة الأمم المتحدة لمساعدة الصومال", country: null }));
    const en = extractArticle({ text: "Test report\n\nThe United Nations Mission in Libya said on Monday that talks would resume." });
    expect(en.organizations).toContainEqual(expect.objectContaining({ name: "United Nations Mission in Libya", country: null }));
  });

  it("reads the Intergovernmental Authority on Development whole", () => {
    const en = extractArticle({ text: "Test report\n\nDiplomats said the Intergovernmental Authority on Development would host the talks in Nairobi." });
    expect(en.organizations.map((o) => o.name)).toContain("Intergovernmental Authority on Development");
  });
});

describe("a role names an international body anywhere in its words", () => {
  it("finds a listed body of one or several words after a preposition, and none in a national office", () => {
    expect(namesInternationalBody("المبعوث الخاص لمجلس التعاون الخليجي")).toBe(true);
    expect(namesInternationalBody("نائب الأمين العام لحلف شمال الأطلسي")).toBe(true);
    expect(namesInternationalBody("special adviser to the European Union on maritime security")).toBe(true);
    expect(namesInternationalBody("رئيس بعثة الاتحاد الأفريقي")).toBe(true);
    expect(namesInternationalBody("وزير الدولة للشؤون الخارجية")).toBe(false);
    expect(namesInternationalBody("رئيس مجلس إدارة الشركة الوطنية للنفط")).toBe(false);
  });
});

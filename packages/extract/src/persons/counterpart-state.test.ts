import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every fixture below is a sentence written for these tests, not text from an article.

const persons = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-04-06" }).persons;
const stateOf = (text: string, name: string) => persons(text).find((p) => p.name === name)?.country;

const RECEPTION = (nationality: string) =>
  `نواكشوط، ١٨ مايو ٢٠٢٧ (و م أ) – استقبل الفريق أحمد ولد سالم، قائد الأركان العامة للجيوش، صباح اليوم في نواكشوط، نظيره ${nationality} الجنرال موسى كانتي، الذي يؤدي زيارة عمل لبلادنا.`;

describe("the state of 'his counterpart'", () => {
  it("is the guest's nationality; the host, whose office the guest's role copies, keeps the dateline's state", () => {
    const text = RECEPTION("التشادي");
    expect(stateOf(text, "موسى كانتي")).toBe("TD");
    expect(stateOf(text, "أحمد ولد سالم")).toBe("MR");
  });

  it("reads المالي after 'his counterpart' as Malian", () => {
    const text = RECEPTION("المالي");
    expect(stateOf(text, "موسى كانتي")).toBe("ML");
    expect(stateOf(text, "أحمد ولد سالم")).toBe("MR");
  });

  it("keeps المالي 'financial' an adjective after other words", () => {
    const r = extractArticle({ text: "قال المستشار المالي سامي بن علي في تونس إن الوضع المالي للشركة جيد.", fileName: "t.txt" });
    expect(r.countries).not.toContain("ML");
  });
});

describe("the one whose counterpart is named with a state", () => {
  it("is not given that state when nothing else tells his", () => {
    const text = "محضر مشترك\n\nوقع مدير الجمارك، كريم الصقلي، ونظيره الموريتاني، العقيد محمد الأمين حامد، أمس محضر اللجنة المشتركة.";
    expect(stateOf(text, "محمد الأمين حامد")).toBe("MR");
    expect(stateOf(text, "كريم الصقلي") ?? null).toBeNull();
  });
});

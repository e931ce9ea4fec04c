import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text });

describe("a state's name printed as its nisba", () => {
  it("'السعودية' after a definite feminine word is the adjective: no place, the state still counts", () => {
    const x = read("صفقة طائرات\n\nالدوحة - وقعت الهيئة العامة للصناعات الدفاعية السعودية عقدا مع شركة قطرية، وأشادت بالعلاقات السعودية القطرية.");
    expect(x.locations.some((l) => l.country === "SA")).toBe(false);
    expect(x.countries).toContain("SA");
  });

  it("an indefinite 'سورية' before another nisba is the adjective, after a noun in construct the state", () => {
    const adjective = read("اجتماع أمني\n\nبيروت - عقدت لجنة سورية أردنية اجتماعها الأول لبحث أمن الحدود.");
    expect(adjective.locations.some((l) => l.country === "SY")).toBe(false);
    const state = read("اجتماع أمني\n\nبيروت - قال الوزير إن عاصمة سورية آمنة، وإن الوفد زار السعودية الأسبوع الماضي.");
    expect(state.locations.map((l) => l.country)).toEqual(expect.arrayContaining(["SY", "SA"]));
  });
});

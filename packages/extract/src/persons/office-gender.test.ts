import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const persons = (text: string) => extractArticle({ text }).persons.map((p) => [p.name, p.role]);

describe("an office in the other gender right after a closed office", () => {
  it("is the object's office, not the subject's second one", () => {
    const text = "زار نائب وزير الصحة السوراني، الأستاذ كريم الصافي، مستشفى المدينة.\n\nوالتقى نائب الوزير رئيسة قسم الأطفال، الدكتورة ريم حداد، وبحث معها التجهيزات.";
    expect(persons(text)).toContainEqual(["ريم حداد", "رئيسة قسم الأطفال"]);
  });

  it("leaves offices of one gender chained to one holder", () => {
    const text = "استقبل نائب رئيس الوزراء وزير الداخلية سامر القاسمي الوفد الزائر أمس.";
    expect(persons(text)).toContainEqual(["سامر القاسمي", "نائب رئيس الوزراء وزير الداخلية"]);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a site named by the town it stands in, printed after ب", () => {
  it("keeps the town on a base's name", () => {
    const places = placesOf("زار رئيس الأركان اليوم قاعدة الأمير سلطان الجوية بتبوك واطلع على جاهزية الوحدات.");
    expect(places).toContain("قاعدة الأمير سلطان الجوية بتبوك");
  });

  it("keeps the town on a hospital named after a king", () => {
    expect(placesOf("نقل المصابون إلى مستشفى الملك خالد التخصصي بنجران لتلقي العلاج.")).toContain("مستشفى الملك خالد التخصصي بنجران");
  });

  it("leaves a body's seat in a town apart: the town only says where the body sits", () => {
    expect(placesOf("عقد الاجتماع في مقر الوزارة بالرياض أمس.").some((p) => p.endsWith("بالرياض"))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a site named by a pair of common nouns joined by و", () => {
  it("keeps both nouns of a hospital's name", () => {
    expect(read("زار الوزير محمد علي أمس مستشفى الأم والطفل في بنغازي.")).toContain("مستشفى الأم والطفل");
  });
  it("keeps both nouns of a works' name before a comma", () => {
    expect(read("تفقد الوزير محمد علي مجمع الحديد والصلب، واطلع على خطوط الإنتاج.")).toContain("مجمع الحديد والصلب");
  });
  it("keeps both nouns before the town's noun after ب", () => {
    expect(read("افتتح الوزير محمد علي أمس وحدة جديدة في مستشفى الأم والطفل بالعاصمة بنغازي.")).toContain("مستشفى الأم والطفل");
  });
  it("stops before a second site joined by و", () => {
    expect(read("زار الوزير محمد علي مطار بنغازي والميناء الجديد أمس.")).not.toContain("مطار بنغازي والميناء");
  });
});

describe("an area's name in -ي after the seat of an area", () => {
  it("is the area's name, no adjective of the seat", () => {
    expect(read("وقع الجانبان الاتفاقية في مقر ولاية كاروني البحرية بحضور الوالي.")).toContain("مقر ولاية كاروني البحرية");
  });
});

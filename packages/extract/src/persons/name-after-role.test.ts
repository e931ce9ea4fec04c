import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a name right after an office", () => {
  it("ends before a noun in construct with a definite noun, the object of the sentence's verb", () => {
    const x = extractArticle({
      text: "وزيرة الصحة تلتقي مسؤولة أممية\n\nبحثت وزيرة الصحة هند سالم العلي في عمان أمس مع رئيسة بعثة منظمة الصحة العالمية في الأردن ماريا لوبيز أوضاع اللاجئين الصحية.",
    });
    const names = x.persons.map((p) => p.name);
    expect(names).toContain("ماريا لوبيز");
    expect(names).toContain("هند سالم العلي");
  });

  it("keeps a third word that is a connector before a family name", () => {
    const x = extractArticle({
      text: "لقاء عسكري\n\nاستقبل وزير الدفاع الموريتاني محمد سيدي ولد الشيخ أمس وفدا عسكريا.",
    });
    const names = x.persons.map((p) => p.name);
    expect(names).toContain("محمد سيدي ولد الشيخ");
  });
});

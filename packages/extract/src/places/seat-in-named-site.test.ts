import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a body's seat said by its noun before the building it is in", () => {
  it("leaves the seat out for a named building after ب", () => {
    const places = placesOf("لقاء\n\nفيينا - وكالات\n\nاستقبل وزير الدفاع نظيره أمس في مقر الوزارة بثكنة هومبولت في العاصمة فيينا.");
    expect(places).toContain("ثكنة هومبولت");
    expect(places).not.toContain("مقر الوزارة");
  });

  it("leaves the seat out for a named building after في", () => {
    const places = placesOf("لقاء\n\nكاستريس - وكالات\n\nاستقبل وزير الداخلية نظيره أمس بمقر الوزارة في مبنى الاستقلال بالعاصمة كاستريس.");
    expect(places).toContain("مبنى الاستقلال");
    expect(places).not.toContain("مقر الوزارة");
  });

  it("keeps the seat before a town", () => {
    const places = placesOf("لقاء\n\nأبوظبي - وكالات\n\nاستقبل وزير الدفاع نظيره أمس في مقر الوزارة بأبوظبي.");
    expect(places).toContain("مقر الوزارة");
  });
});

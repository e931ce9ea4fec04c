import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a province named by a compass point and a listed region", () => {
  it("keeps an English compass word before the region", () => {
    const places = placesOf("Navy patrol\n\nJAKARTA, May 4 (AP) - Two patrol boats left a base in North Kalimantan on Monday to search for a missing fishing boat.");
    expect(places).toContain("North Kalimantan");
    expect(places).not.toContain("Kalimantan");
  });

  it("keeps an Arabic compass adjective after the region", () => {
    const places = placesOf("معرض تجاري\n\nجاكرتا - قالت الشركة إنها ستفتح مصنعا جديدا في جاوة الوسطى العام المقبل.");
    expect(places).toContain("جاوة الوسطى");
    expect(places).not.toContain("جاوة");
  });
});

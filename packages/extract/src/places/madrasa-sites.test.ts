import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text }).locations.map((l) => `${l.name}/${l.kind}`);

describe("a school named by a proper name", () => {
  it("is a site, and ب on another site's noun after it says where it stands", () => {
    const places = read("معرض\n\nسمرقند - افتتح الوزير المعرض في مدرسة كوكلداش بساحة نافروز في مدينة سمرقند.");
    expect(places).toEqual(expect.arrayContaining(["مدرسة كوكلداش/site", "ساحة نافروز/site"]));
    expect(places.some((p) => p.includes("كوكلداش ب"))).toBe(false);
  });

  it("named after a martyr, keeps his father's name after بن", () => {
    const places = read("تلقيح\n\nوهران - أشرفت الوزيرة على تلقيح التلاميذ بمدرسة الشهيد العربي بن قدور بحي الصنوبر، بحضور الوالي.");
    expect(places).toContain("مدرسة الشهيد العربي بن قدور/site");
  });
});

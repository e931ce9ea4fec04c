import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text }).locations.map((l) => `${l.name}/${l.kind}`);

describe("a site named by a listed place", () => {
  it("ends with the place; a bare word after it (a headline with no comma) is the rest of the sentence", () => {
    const places = read("رئيس الأركان يناقش في جزيرة كريت توسيع المناورات الجوية المقبلة\n\nأثينا - وصل الوفد أمس.");
    expect(places).toContain("جزيرة كريت/region");
    expect(places.some((p) => p.includes("توسيع"))).toBe(false);
  });

  it("keeps an airport's second name and its adjective", () => {
    const places = read("رحلة\n\nالجزائر - هبطت الطائرة في مطار جانت تيسكا ثم أقلعت إلى مطار لاهور الدولي.");
    expect(places).toEqual(expect.arrayContaining(["مطار جانت تيسكا/site", "مطار لاهور الدولي/site"]));
  });
});

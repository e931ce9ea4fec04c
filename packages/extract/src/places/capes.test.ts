import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a cape after a word of nearness", () => {
  it("reads رأس and the name after قرب as a place", () => {
    const places = placesOf("خفر السواحل\n\nنواكشوط - وكالات\n\nأوقف خفر السواحل أمس قاربا قرب رأس كوميلو وعلى متنه عشرون مهاجرا.");
    expect(places).toContain("رأس كوميلو");
  });

  it("leaves رأس after على alone", () => {
    const places = placesOf("زيارة\n\nنواكشوط - وكالات\n\nوصل الوزير أمس على رأس وفد كبير في زيارة رسمية.");
    expect(places).not.toContain("رأس وفد");
  });
});

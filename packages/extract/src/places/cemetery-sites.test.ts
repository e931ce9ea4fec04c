import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.
// "مقبرة" names places only (siteHeads and placeOnlySiteHeads in src/rules/organizations.json).

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-06-20" });

describe("a cemetery is a site", () => {
  it("reads the cemetery a funeral went to as the most specific place", () => {
    const x = read(
      "تشييع ضابط",
      "",
      "المكلا - شيعت قيادة المنطقة العسكرية الثانية، اليوم الأحد، جثمان العقيد الركن فهد سعيد باعباد.",
      "",
      "وسار موكب التشييع إلى مقبرة الشهداء في مديرية الشحر، يتقدمه محافظ حضرموت اللواء سالم عمر الكثيري.",
    );
    expect(x.locations.map((l) => l.name)).toContain("مقبرة الشهداء");
    expect(x.events.map((e) => e.location)).toContain("مقبرة الشهداء");
  });
});

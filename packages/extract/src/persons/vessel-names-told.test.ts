import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a ship's name in quotes", () => {
  it("names no body, after a carrier's noun or said again alone", () => {
    const text = "«الصقر» ترسو في ميناء جدة\n\nصعد الوزير على متن حاملة المروحيات «الصقر» حيث استقبله قائدها، وكانت سفينة الدورية المصرية «الشروق» قد رافقت «الصقر» في رحلتها.";
    const x = extractArticle({ text, fileName: "t.txt" });
    const names = x.organizations.map((o) => o.name);
    expect(names).not.toContain("الصقر");
    expect(names).not.toContain("الشروق");
  });
});

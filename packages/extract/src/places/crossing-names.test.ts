import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("a crossing listed by its name alone", () => {
  it("leaves out الحدودي, which says again what معبر says", () => {
    const x = extractArticle({ text: "أشرف الوزير محمد علي أمس على انطلاق الدوريات من معبر بوزيان الحدودي.", publishedHint: "2027-01-10" });
    expect(x.locations.map((l) => l.name)).toContain("معبر بوزيان");
    expect(x.events.map((e) => e.location)).toContain("معبر بوزيان");
  });
  it("leaves out البري too, and keeps a border post's adjective", () => {
    const x = extractArticle({ text: "زار الوزير محمد علي أمس معبر بولات البري، ثم توجه إلى منفذ زاريم الحدودي." });
    const names = x.locations.map((l) => l.name);
    expect(names).toContain("معبر بولات");
    expect(names).toContain("منفذ زاريم الحدودي");
  });
});

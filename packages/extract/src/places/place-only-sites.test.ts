import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("a site whose noun names places only is no body", () => {
  it("'قاعدة X الجوية' is a site even when the tagger reads its first words as a body", () => {
    const x = extractArticle({ text: "زيارة\n\nكمبالا - وكان الوزير قد زار أمس الأحد قاعدة عنتيبي الجوية برفقة قائد القوات." });
    expect(x.locations.map((l) => l.name)).toContain("قاعدة عنتيبي الجوية");
    expect(x.organizations.map((o) => o.name)).not.toContain("قاعدة عنتيبي");
  });
});

describe("a strait or island named by a region", () => {
  it("'مضيق باب المندب' is one place, and a word with ل after it says what for", () => {
    const names = extractArticle({ text: "دوريات\n\nجيبوتي - اتفق البلدان على دوريات بحرية قرب مضيق باب المندب لمكافحة القرصنة." }).locations.map((l) => l.name);
    expect(names).toContain("مضيق باب المندب");
    expect(names).not.toContain("باب المندب");
    expect(names.some((n) => n.includes("لمكافحة"))).toBe(false);
  });
});

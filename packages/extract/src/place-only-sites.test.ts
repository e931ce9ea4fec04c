import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";

// Every sentence below is written for these tests, not taken from a page.

describe("a site whose noun names places only is no body", () => {
  it("'قاعدة X الجوية' is a site even when the tagger reads its first words as a body", () => {
    const x = extractArticle({ text: "زيارة\n\nكمبالا - وكان الوزير قد زار أمس الأحد قاعدة عنتيبي الجوية برفقة قائد القوات." });
    expect(x.locations.map((l) => l.name)).toContain("قاعدة عنتيبي الجوية");
    expect(x.organizations.map((o) => o.name)).not.toContain("قاعدة عنتيبي");
  });
});

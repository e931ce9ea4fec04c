import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";

// Every fixture below is a sentence written for these tests, not text from an article.

describe("mention offsets and surfaces agree", () => {
  it("after the لل proclitic the surface is what the offsets cover, the name keeps its article", () => {
    const x = extractArticle({ text: "قدم وزير الدفاع المصري الدعم للعراق وللقوات المسلحة العراقية خلال زيارته للبصرة." });
    const iraq = x.locations.find((l) => l.name === "العراق");
    expect(iraq).toBeDefined();
    for (const group of [x.persons, x.organizations, x.locations])
      for (const e of group) for (const m of e.mentions) expect(x.cleanedText.slice(m.start, m.end)).toBe(m.surface);
    expect(iraq!.mentions[0]!.surface).toBe("لعراق");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-10" });

describe("a site named after a man keeps his father's name after بن", () => {
  it("reads the base's whole name and places the reception there", () => {
    const x = read(
      "قائد القوات الجوية يستقبل قائد سرب زائر",
      "",
      "الدوحة – استقبل اللواء الركن سالم راشد الكواري قائد القوات الجوية، اليوم بمكتبه في قاعدة حمد بن فهد الجوية، العقيد الطيار نادر العيساوي قائد السرب الزائر.",
    );
    expect(x.locations.map((l) => l.name)).toContain("قاعدة حمد بن فهد الجوية");
    expect(x.locations.map((l) => l.name)).not.toContain("قاعدة حمد بن");
    expect(x.events[0]?.location).toBe("قاعدة حمد بن فهد الجوية");
  });
});

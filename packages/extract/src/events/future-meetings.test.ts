import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-02" });

describe("a meeting told in the future (سـ)", () => {
  it("is a plan, not a meeting held ('سيعقدان اجتماعا كل ثلاثة أشهر')", () => {
    const x = read(
      "اتفاق أمني",
      "",
      "أكرا - وقع وزير الدفاع الغاني كوفي مينسا ونظيره التوغولي ياو داكو اليوم في أكرا اتفاقا أمنيا.",
      "وأوضح مينسا أن الجانبين سيعقدان اجتماعا فنيا كل ثلاثة أشهر لمراجعة الدوريات.",
    );
    expect(x.events.filter((e) => e.type === "meeting")).toHaveLength(0);
  });

  it("still reads a meeting held ('التقى … نظيره')", () => {
    const x = read("لقاء", "", "أكرا - التقى وزير الدفاع الغاني كوفي مينسا اليوم في أكرا نظيره التوغولي ياو داكو.");
    expect(x.events.filter((e) => e.type === "meeting")).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-02" });
const sites = (x: ReturnType<typeof read>) => x.locations.filter((l) => l.kind === "site").map((l) => l.name);

describe("the seat of a body of civil government said again", () => {
  it("reads a town hall or a parliament building where a meeting is held as its venue", () => {
    const x = read("خبر", "", "والتقى وزير الصحة الأردني، سامر حداد، أمس رئيس بلدية مدينة زغرب، إيفان كوفاتش، في مبنى البلدية، حيث بحثا إنشاء مركز صحي.");
    expect(sites(x)).toContain("مبنى البلدية");
    expect(x.events.find((e) => e.type === "meeting")?.location).toBe("مبنى البلدية");
  });

  it("reads a ministry's seat after ب without the town after it", () => {
    const x = read("خبر", "", "واستقبل وزير الدفاع الغاني، كوفي مينسا، أمس بمقر الوزارة في أكرا نظيره التوغولي، ياوو أغبو.");
    expect(sites(x)).toContain("مقر الوزارة");
  });

  it("leaves the seat of another body said again, and a seat only named, no place", () => {
    expect(sites(read("خبر", "", "واستقبل القائد ضيفه أمس في مقر القيادة بالعاصمة."))).not.toContain("مقر القيادة");
    expect(sites(read("خبر", "", "وأعلنت الوزارة أن مقر الوزارة سينتقل العام المقبل."))).toEqual([]);
  });
});

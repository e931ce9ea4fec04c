import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-02" });
const placeOf = (x: ReturnType<typeof read>, type: string) => x.events.find((e) => e.type === type)?.location ?? null;

describe("a region or a sea closing the phrase of a matter talked about", () => {
  it("is no venue of English talks held on it", () => {
    const x = read(
      "News",
      "",
      "Norway's Defence Minister Ola Berg and Danish Defence Minister Jens Holm on Tuesday signed an arrangement at the headquarters of the Royal Danish Navy in Aarhus.",
      "",
      "Berg was received with military honours by Holm. The two ministers then held talks on maritime surveillance in the South Pacific and on pilot training.",
    );
    expect(placeOf(x, "meeting")).toBe("headquarters of the Royal Danish Navy");
  });

  it("keeps a town after the matter as the venue", () => {
    const x = read("News", "", "Norway's Defence Minister Ola Berg held talks on pilot training in Bergen on Monday with his Danish counterpart Jens Holm.");
    expect(placeOf(x, "meeting")).toBe("Bergen");
  });

  it("is no venue after an Arabic noun of matters in construct", () => {
    const x = read("خبر", "", "والتقى وزير الخارجية الأردني، سامر حداد، اليوم نظيره الإيطالي، ماركو بيانكي، وأشاد بيانكي بدور الأردن في قضايا الشرق الأوسط.");
    expect(placeOf(x, "meeting")).not.toBe("الشرق الأوسط");
  });
});

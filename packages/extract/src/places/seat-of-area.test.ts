import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

describe("the seat of an area", () => {
  it("is the town named before it, no site of its own, and the town is where the happening stands", () => {
    const x = extractArticle({
      text: ["فيضانات", "", "كسلا - أشرف وزير الرعاية الاجتماعية، عمر حامد الطيب، اليوم على توزيع شحنة من المساعدات الغذائية على الأسر المتضررة في مدينة كسلا، مركز ولاية كسلا.", "وقال إن الحكومة لن تترك المتضررين."].join("\n"),
      publishedHint: "2027-05-06",
    });
    expect(x.locations.map((l) => l.name)).not.toContain("مركز ولاية كسلا");
    expect(x.events[0]?.location).toBe("كسلا");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const visitPlace = (text: string) => extractArticle({ text, publishedHint: "2026-04-10" }).events.find((e) => e.type === "visit")?.location;

describe("a visit told only by the state it went to", () => {
  it("went to the base its own sentence holds the talks at, not to the seat within it", () => {
    const text =
      "لقاء\n\nتونس (وات) –\n\nالتقى وزير الدفاع التونسي، عماد الورغي، أمس الخميس، وزير الدفاع اليوناني كوستاس ميخاليس، في مقر قيادة قاعدة سودا البحرية بجزيرة كريت، وذلك في إطار الزيارة التي يقوم بها إلى الجمهورية اليونانية.\n\nوكان في استقبال الوزير لدى وصوله إلى القاعدة قائدها العقيد نيكوس بابادوبولوس.";
    expect(visitPlace(text)).toBe("قاعدة سودا البحرية");
  });

  it("keeps the state when the talks are held in a ministry's seat", () => {
    const text =
      "لقاء\n\nتونس (وات) –\n\nالتقى وزير الدفاع التونسي، عماد الورغي، أمس الخميس، وزير الدفاع المالطي كارل فيلا، في مقر وزارة الدفاع المالطية، وذلك في إطار الزيارة التي يقوم بها إلى جمهورية مالطا.";
    expect(visitPlace(text)).not.toBe("مقر وزارة الدفاع المالطية");
  });
});

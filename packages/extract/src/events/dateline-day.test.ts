import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

describe("an event's day beside the dateline's", () => {
  it("takes the day the sentence names, not the date the dateline was filed on", () => {
    const x = extractArticle({
      text: "وزير الدفاع يستقبل نظيره\n\nتونس في ١٢ آذار ٢٠٢٥ (وات) - استقبل وزير الدفاع التونسي خالد السهيلي أمس الثلاثاء وزير الدفاع الجزائري عمار بلقاسم في مقر الوزارة بالعاصمة.",
    });
    expect(x.published).toBe("2025-03-12");
    expect(x.events.find((e) => e.type === "meeting")?.date).toBe("2025-03-11");
  });

  it("keeps the dateline's date when the sentence names no day", () => {
    const x = extractArticle({
      text: "وزير الدفاع يستقبل نظيره\n\nتونس في ١٢ آذار ٢٠٢٥ (وات) - استقبل وزير الدفاع التونسي خالد السهيلي وزير الدفاع الجزائري عمار بلقاسم في مقر الوزارة بالعاصمة.",
    });
    expect(x.events.find((e) => e.type === "meeting")?.date).toBe("2025-03-12");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

describe("a place in what was said after the happening", () => {
  it("is what it was about, not where it took place ('…، مؤكدا أن …')", () => {
    const x = extractArticle({
      text: "وزير الدفاع يلتقي نظيره البوسني\n\nالتقى وزير الدفاع الأردني علي سالم الحديد اليوم نظيره البوسني ميرزا كوفاتش وبحثا التعاون العسكري، مؤكدا أن الأردن يدعم أمن واستقرار منطقة البلقان.",
      publishedHint: "2026-03-02",
    });
    expect(x.events.map((e) => [e.type, e.location])).toEqual([["meeting", null]]);
  });
});

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

describe("a happening told in what a speaker went on to say", () => {
  it("takes its states from that clause, not from the speaker's words before it", () => {
    const x = extractArticle({
      text: "اجتماع أمني في الرياض\n\nوقالت العقيد فاطمة سيسي إن الجماعات المسلحة كثفت نشاطها قرب الحدود بين مالي وبوركينا فاسو والنيجر، مشيرة إلى أن هجوما على دورية قرب بلدة أيورو في 3 مارس الماضي أسفر عن مقتل تسعة جنود.",
      publishedHint: "2026-04-02",
    });
    const attack = x.events.find((e) => e.type === "other");
    expect(attack?.location).toBe("أيورو");
    expect(attack?.countries).toEqual(["NE"]);
  });
});


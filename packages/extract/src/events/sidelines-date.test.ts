import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const meetingDate = (text: string) => extractArticle({ text }).events.find((e) => e.type === "meeting")?.date;

describe("a meeting on the sidelines takes the day of the gathering told just before", () => {
  it("reads 'وعلى هامش الجلسة، التقى …' on the day the session was dated", () => {
    expect(
      meetingDate(
        "تونس تدعو إلى الحوار\n\nفيينا - وات\n\nشاركت تونس في الدورة العادية لمؤتمر الطاقة الذرية التي عقدت يوم 14 سبتمبر 2026 في فيينا.\n\nوألقى السفير كلمة أكد فيها موقف بلاده.\n\nوعلى هامش الدورة، التقى السفير التونسي منير الطرابلسي نظيره المالطي جوزيف كاميليري.",
      ),
    ).toBe("2026-09-14");
  });

  it("but not when the dated gathering was told long before", () => {
    expect(
      meetingDate(
        "تونس تدعو إلى الحوار\n\nفيينا - وات\n\nشاركت تونس في الدورة العادية لمؤتمر الطاقة الذرية التي عقدت يوم 14 سبتمبر 2026 في فيينا.\n\nوألقى السفير كلمة أكد فيها موقف بلاده.\n\nوأشار إلى أهمية التعاون الدولي.\n\nوشدد على دور الوكالة.\n\nوعلى هامش الدورة، التقى السفير التونسي منير الطرابلسي نظيره المالطي جوزيف كاميليري.",
      ),
    ).toBeNull();
  });
});

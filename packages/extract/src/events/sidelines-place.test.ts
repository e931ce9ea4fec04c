import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const meetingPlace = (text: string, who: string) =>
  extractArticle({ text, publishedHint: "2026-09-14" }).events.find((e) => e.type === "meeting" && e.participants.includes(who))?.location;

describe("a meeting on the sidelines of a gathering", () => {
  it("takes the gathering's venue, not the city the wire filed from", () => {
    const text =
      "لقاء\n\nمراكش - وام\n\nانطلقت اليوم أعمال المنتدى الإقليمي للأمن البحري بقصر المؤتمرات في مراكش بمشاركة وفود من عشرين دولة.\n\nوعلى هامش أعمال الجلسة، التقى وزير الدفاع الإماراتي سالم حمد الكتبي وزير الدفاع البرتغالي جواو ميغيل سيلفا، وبحثا التعاون البحري.";
    expect(meetingPlace(text, "جواو ميغيل سيلفا")).toBe("قصر المؤتمرات");
  });

  it("keeps the venue when the gathering is named again by its noun alone in between", () => {
    const text =
      "لقاء\n\nمراكش - وام\n\nانطلقت اليوم أعمال المنتدى الإقليمي للأمن البحري بقصر المؤتمرات في مراكش بمشاركة وفود من عشرين دولة.\n\nوقال منظمون في العاصمة الرباط إن المنتدى يساعد على تبادل الخبرات.\n\nوعلى هامش أعمال الجلسة، التقى وزير الدفاع الإماراتي سالم حمد الكتبي وزير الدفاع البرتغالي جواو ميغيل سيلفا، وبحثا التعاون البحري.";
    expect(meetingPlace(text, "جواو ميغيل سيلفا")).toBe("قصر المؤتمرات");
  });

  it("a sidelines meeting that prints its own place keeps it", () => {
    const text =
      "Talks\n\nLISBON (Reuters) - Defence ministers opened a two-day maritime security forum at the Congress Centre in Porto on Monday.\n\nOn the sidelines of the forum, Portuguese Defence Minister Rui Tavares met Spanish Defence Minister Elena Ruiz in the town of Matosinhos.";
    expect(meetingPlace(text, "Elena Ruiz")).toBe("Matosinhos");
  });

  it("an agreement signed on the sidelines with a body named with its town stays at the gathering's venue", () => {
    const text =
      "معرض\n\nفاس - وام\n\nافتتح وزير الثقافة الأردني سامي الحديد، أمس، معرض «ألوان المغرب» في قصر المؤتمرات بمدينة فاس.\n\nووقعت الوزارة على هامش الافتتاح مذكرة تفاهم مع معهد الدراسات الأندلسية في غرناطة، وقعتها عن المعهد مديرته الدكتورة لوسيا مارين.";
    const deal = extractArticle({ text, publishedHint: "2026-09-14" }).events.find((e) => e.type === "agreement");
    expect(deal?.location).toBe("قصر المؤتمرات");
  });
});

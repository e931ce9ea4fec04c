import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-05" });

describe("a body's sitting told by 'held a session'", () => {
  it("reads a committee's session as a meeting on its day, apart from what was received before", () => {
    const x = read(
      "خطة لمواجهة الجفاف في البقاع",
      "أعلنت وزارة الزراعة اللبنانية أمس الأربعاء خطة لدعم المزارعين المتضررين من الجفاف.",
      "وأفادت تعاونية المزارعين بأنها استقبلت منذ مطلع الشهر عشرات الطلبات.",
      "وكانت لجنة الزراعة النيابية قد عقدت الاثنين جلسة خصصتها لأزمة المياه، استمعت خلالها إلى ممثلين عن الوزارة.",
    );
    const sittings = x.events.filter((e) => e.type === "meeting");
    expect(sittings).toHaveLength(1);
    expect(sittings[0]!.date).toBe("2026-03-02");
    expect(sittings[0]!.summary).toContain("جلسة");
  });

  it("reads an English hearing held by a committee as a meeting", () => {
    const x = read("Senators question navy chiefs", "The Senate defence committee held a closed-door hearing on Tuesday on the delays in the frigate programme.");
    expect(x.events.map((e) => e.type)).toContain("meeting");
  });

  it("reads no sitting still to be held", () => {
    const x = read("مجلس الأمن يبحث الحادث", "قالت المندوبة إن مجلس السلم والأمن سيعقد جلسة طارئة الأسبوع المقبل لبحث الحادث.");
    expect(x.events.filter((e) => e.type === "meeting")).toHaveLength(0);
  });
});

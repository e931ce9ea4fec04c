import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-05-11" });

describe("a visit named only as the occasion of something else", () => {
  it("gives the visit no visitors from what happened on its sidelines", () => {
    const x = read(
      "زيارة",
      "",
      "الكويت - استقبل وكيل الحرس الوطني الفريق سالم ناصر العتيبي اليوم قائد القوات البرية الإندونيسية اللواء بودي سانتوسو الذي يزور البلاد حاليا.",
      "وعلى هامش الزيارة، وقعت جامعة الكويت وجامعة الدفاع الإندونيسية مذكرة تفاهم، وقعتها عن جامعة الكويت الدكتورة منى خالد الصباغ وعن الجامعة الإندونيسية العميد أغوس ويدودو.",
    );
    const visits = x.events.filter((e) => e.type === "visit");
    expect(visits.flatMap((e) => e.participants)).not.toContain("منى خالد الصباغ");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2026-05-20" }).events;

describe("the proceedings of a session opened ('انطلقت أشغال الدورة')", () => {
  it("are a meeting of those who chair it, not a launch", () => {
    const events = read(
      "لجنة حدودية تونسية ليبية تجتمع في مدنين",
      "مدنين، 20 مايو 2026 (وات) - انطلقت أمس الثلاثاء بمدنين أشغال الدورة الرابعة للجنة الحدودية المشتركة، برئاسة والي مدنين، كمال الزواري، ووالي زوارة، سالم الفرجاني.",
    );
    expect(events.map((e) => [e.type, e.participants, e.date])).toEqual([["meeting", ["كمال الزواري", "سالم الفرجاني"], "2026-05-19"]]);
  });
});

describe("the two governors signing the session's minutes ('وقع الواليان على محضر الدورة')", () => {
  it("is an agreement of the two governors who chaired it, not of the director who briefed it", () => {
    const events = read(
      "لجنة حدودية تونسية ليبية تجتمع في مدنين",
      "مدنين، 20 مايو 2026 (وات) - انطلقت أمس الثلاثاء بمدنين أشغال الدورة الرابعة للجنة الحدودية المشتركة، برئاسة والي مدنين، كمال الزواري، ووالي زوارة، سالم الفرجاني، وبمشاركة المديرة الجهوية للديوانة، ليلى الساحلي.",
      "وفي ختام الأشغال، وقع الواليان على محضر الدورة.",
    );
    expect(events.find((e) => e.type === "agreement")?.participants).toEqual(["كمال الزواري", "سالم الفرجاني"]);
  });
});

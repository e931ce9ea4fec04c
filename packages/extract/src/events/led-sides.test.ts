import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2026-05-20" }).events;

describe("a sentence telling who led the sides of a meeting told just before", () => {
  it("gives the meeting its participants ('وترأس الجانب … فيما قاد الوفد …')", () => {
    const events = read(
      "اجتماع أمني تونسي ليبي في جربة",
      "جربة، 20 مايو 2026 (وات) - عقد مسؤولون تونسيون وليبيون أمس الثلاثاء بمقر ولاية مدنين اجتماعا لتقييم التعاون في مراقبة الحدود.",
      "وترأس الجانب التونسي والي مدنين، كمال الزواري، فيما قاد الوفد الليبي عميد بلدية زوارة، سالم الفرجاني.",
    );
    const meeting = events.find((e) => e.type === "meeting");
    expect(meeting?.participants).toEqual(["كمال الزواري", "سالم الفرجاني"]);
    expect(meeting?.date).toBe("2026-05-19");
  });
});

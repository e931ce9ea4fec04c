import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n") });

describe("a dateline that spaces its numeric date", () => {
  it("reads '16 - 9 - 2026' as the day the report was filed and dates 'اليوم' by it", () => {
    const x = read("رئيس الأركان يستقبل ضيفه", "الكويت - 16 - 9 - 2026 (كونا) -- استقبل رئيس الأركان الفريق سالم العجمي اليوم الأربعاء قائد القوات البحرية الإيطالية الأدميرال ماركو فيراري.");
    expect(x.published).toBe("2026-09-16");
    expect(x.events.find((e) => e.type === "meeting")?.date).toBe("2026-09-16");
  });

  it("reads it day first when the lead names yesterday's weekday ('أمس الاثنين' under 2 April, a Tuesday)", () => {
    const x = read("وفد إغاثي يوزع خياما", "مومباسا (كينيا) - 2 - 4 - 2030 (كونا) -- وزع وفد جمعية الإغاثة الكويتية أمس الاثنين ألفي خيمة على الأسر النازحة في ضواحي المدينة.");
    expect(x.published).toBe("2030-04-02");
  });

  it("reads no date in a spaced score or a run without a full year", () => {
    const x = read("Match", "The match ended 3 - 1 - 0 after extra time.");
    expect(x.published).toBeNull();
  });
});

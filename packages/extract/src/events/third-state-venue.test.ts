import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { venueStateIsParty } from "./third-state-venue";

// Every article below is written for these tests, not taken from a page.

const read = (...paragraphs: string[]) => extractArticle({ text: paragraphs.join("\n\n"), publishedHint: "2027-03-10" });

describe("a third state's city as a venue", () => {
  it("keeps the host out of a meeting between two other states", () => {
    const x = read(
      "تونس وكينيا تبحثان التعاون البحري",
      "التقى وزير الدفاع التونسي سليم الورتاني اليوم الأربعاء في الدوحة نظيره الكيني جوزيف موانغي أوتينو، وبحثا سبل تعزيز التعاون البحري بين البلدين.",
      "وقال الورتاني إن تونس تسعى إلى تبادل الخبرات مع كينيا في تأمين السواحل ومكافحة التهريب.",
      "وأضاف أوتينو أن كينيا ترحب بإرسال ضباط تونسيين إلى مدرسة بحرية في مومباسا.",
    );
    const meeting = x.events.find((e) => e.type === "meeting");
    expect(meeting?.countries).toEqual(expect.arrayContaining(["TN", "KE"]));
    expect(meeting?.countries).not.toContain("QA");
    expect(x.countries).not.toContain("QA");
  });

  it("keeps the visited state in a visit", () => {
    expect(venueStateIsParty(["TN"], "KE", "visit")).toBe(true);
    expect(venueStateIsParty(["TN", "EG"], "KE", "visit")).toBe(true);
  });

  it("keeps the venue's state when no two other states take part", () => {
    expect(venueStateIsParty([], "KE", "other")).toBe(true);
    expect(venueStateIsParty(["TN"], "KE", "meeting")).toBe(true);
    expect(venueStateIsParty(["TN", "EG"], "KE", "meeting")).toBe(false);
    expect(venueStateIsParty(["TN", "KE"], "KE", "meeting")).toBe(true);
  });
});

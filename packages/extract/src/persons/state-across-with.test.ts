import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

describe("a state across 'مع' belongs to the other party", () => {
  it("does not give the host the state of the delegation he met", () => {
    const x = extractArticle({ text: "بحث التعاون الحدودي\n\nعمان (بترا) - بحث قائد قوات حرس الحدود العميد الركن سامر حداد اليوم مع وفد من شرطة الحدود في ألبانيا سبل تبادل الخبرات. ويزور الوفد الأردن حتى الخميس." });
    expect(x.persons.find((p) => p.name === "سامر حداد")?.country).toBe("JO");
  });
});

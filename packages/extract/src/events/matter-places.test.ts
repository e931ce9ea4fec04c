import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-02" });
const meeting = (x: ReturnType<typeof read>) => x.events.find((e) => e.type === "meeting");

describe("a place named as the matter discussed, with an adjective between", () => {
  it("reads 'بحث الأمن البحري في البحر الأحمر' as what was discussed, not the venue", () => {
    const x = read(
      "رئيس الأركان يستقبل ضيفه",
      "الرياض (واس) - استقبل رئيس الأركان الفريق سعد الحربي اليوم الأدميرال ماركو فيراري، وجرى بحث الأمن البحري في البحر الأحمر.",
    );
    expect(meeting(x)?.location).toBe("الرياض");
  });

  it("reads 'discussed the situation in the Gulf of Aden' as the matter too", () => {
    const x = read("Chiefs meet", "RIYADH (SPA) - Chief of Staff Gen. Saad Al-Harbi met Admiral Marco Ferrari on Monday and discussed the situation in the Gulf of Aden.");
    expect(meeting(x)?.location).toBe("Riyadh");
  });

  it("still takes a venue after في when no matter stands before it", () => {
    const x = read("لقاء", "التقى رئيس الأركان الفريق سعد الحربي اليوم الأدميرال ماركو فيراري في جدة.");
    expect(meeting(x)?.location).toBe("جدة");
  });
});

describe("a place closing what talks are held 'to discuss'", () => {
  it("reads 'met X to discuss joint patrols in the Gulf of Aden' as the matter, not the venue", () => {
    const x = read(
      "Guns seized",
      "",
      "PORT MORESBY, May 20, 2027 (AFP) - Coast guard officers seized a canoe loaded with rifles off Daru on Sunday.",
      "The seizure came a week after Defence Minister Tomas Kalua met Indonesia's ambassador, Arief Wirawan, to discuss joint patrols in the Gulf of Aden.",
    );
    expect(meeting(x)?.location ?? null).toBeNull();
  });

  it("still takes the venue of 'discussed patrols in Lae'", () => {
    const x = read("Talks", "The defence minister, Tomas Kalua, and Indonesia's ambassador, Arief Wirawan, discussed border patrols in Lae on Monday.");
    expect(meeting(x)?.location).toBe("Lae");
  });
});

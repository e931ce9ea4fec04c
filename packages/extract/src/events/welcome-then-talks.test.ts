import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-03" }).events;

describe("a welcome, then talks told after 'ثم'", () => {
  it("reads a reception at the airport and talks at the palace, after the visit was told", () => {
    const x = events(
      "وزير الدفاع التونسي في عمان",
      "عمان في 3 مارس 2027 (بترا) - زار وزير الدفاع التونسي عماد الصغير اليوم الكلية العسكرية في الزرقاء.",
      "وكان وزير الدفاع الأردني سامر حداد قد استقبل الوزير التونسي أمس لدى وصوله إلى مطار الملكة علياء الدولي، ثم عقد الجانبان جلسة مباحثات في قصر الحسينية.",
    );
    expect(x.find((e) => e.type === "reception")?.location).toBe("مطار الملكة علياء الدولي");
    expect(x.find((e) => e.type === "meeting")?.location).toBe("قصر الحسينية");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-20" });

describe("a visit told by its noun after the clause of where the visitors stay", () => {
  it("places a ship's visit at the port it lies in, not at the host's office", () => {
    const x = read(
      "قائد القوات البحرية الكويتية يستقبل قائد سفينة تدريب إيطالية",
      "الكويت في 20 مايو 2027 – استقبل اللواء البحري سالم فهد العنزي، قائد القوات البحرية الكويتية، اليوم بمكتبه في قاعدة محمد الأحمد البحرية، النقيب البحري ماركو رينالدي، قائد سفينة التدريب الإيطالية، التي ترسو حاليا في ميناء الشويخ في زيارة تستمر ثلاثة أيام.",
    );
    const visit = x.events.find((e) => e.type === "visit");
    expect(visit?.location).toBe("ميناء الشويخ");
    // The talks were held where the host received the guest.
    expect(x.events.find((e) => e.type === "meeting")?.location).toBe("قاعدة محمد الأحمد البحرية");
  });
});

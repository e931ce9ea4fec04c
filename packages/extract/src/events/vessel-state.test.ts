import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-20" });

describe("a happening done by a warship told before with its nationality", () => {
  it("gives an exercise the ship took part in the ship's state alone", () => {
    const x = read(
      "قائد البحرية الكويتية يستقبل قائد فرقاطة إيطالية",
      "الكويت في 20 مايو 2027 – استقبل اللواء البحري سالم فهد العنزي، قائد القوات البحرية الكويتية، اليوم بمكتبه في قاعدة محمد الأحمد البحرية، النقيب البحري ماركو رينالدي، قائد الفرقاطة الإيطالية، التي ترسو حاليا في ميناء الشويخ.",
      "وقال النقيب البحري رينالدي للصحفيين إن الطاقم تلقى ترحيبا حارا. وأشار إلى أن السفينة شاركت قبل أسبوعين في تمرين بحري متعدد الجنسيات في خليج عدن.",
    );
    const drill = x.events.find((e) => e.type === "other" && e.location === "خليج عدن");
    expect(drill?.countries).toEqual(["IT"]);
  });

  it("leaves a merchant ship's flag out of it", () => {
    const x = read(
      "خفر السواحل الكويتي يستقبل طاقم ناقلة إيطالية",
      "الكويت في 20 مايو 2027 – استقبل العقيد سالم فهد العنزي، قائد خفر السواحل الكويتي، اليوم في ميناء الشويخ طاقم ناقلة إيطالية، بحضور سفير جيبوتي لدى الكويت.",
      "وذكر البيان أن السفينة تعرضت الشهر الماضي لهجوم في خليج عدن.",
    );
    const attack = x.events.find((e) => e.type === "other" && e.location === "خليج عدن");
    expect(attack).toBeDefined();
    expect(attack?.countries).not.toEqual(["IT"]);
  });
});

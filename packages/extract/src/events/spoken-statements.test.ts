import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-03-11" });
const statements = (x: ReturnType<typeof read>) => x.events.filter((e) => e.type === "statement");

describe("statements a named person makes in the lead", () => {
  it("makes a statement of a call the lead reports, at the dateline's city and day", () => {
    const x = read(
      "دعوة إلى التهدئة",
      "",
      "نيروبي - دعا وزير الخارجية الكيني موسى كيبيتو اليوم الخميس الحكومتين السودانية والتشادية إلى وقف التصعيد على الحدود.",
      "وأضاف أن بلاده مستعدة لاستضافة محادثات بين الطرفين.",
    );
    expect(statements(x).map((e) => [e.participants, e.location, e.date])).toEqual([[["موسى كيبيتو"], "نيروبي", "2027-03-11"]]);
  });

  it("makes one of an English lead's announcement", () => {
    const x = read(
      "Drills",
      "",
      "Army chief Gen. Peter Odhiambo announced on Thursday that two border battalions would be moved north.",
      "The move follows a string of raids on cattle herders.",
    );
    expect(statements(x).map((e) => e.participants)).toEqual([["Peter Odhiambo"]]);
  });

  it("makes none of a plain 'said' that only tells what an occasion was about", () => {
    const x = read(
      "Talks",
      "",
      "Minister Anna Kowalczyk said the two navies would exchange liaison officers, after talks in Gdansk with her counterpart Jonas Berg.",
    );
    expect(statements(x)).toEqual([]);
  });

  it("makes none for a speaker who takes part in the occasion the sentence tells", () => {
    const x = read(
      "زيارة",
      "",
      "أعلن وزير الدفاع الغاني كوامي منساه عقب محادثات مع نظيره النيجيري إبراهيم لاوال في أبوجا أن البلدين سيجريان مناورات مشتركة.",
    );
    expect(statements(x)).toEqual([]);
  });
});

describe("who speaks of a happening", () => {
  it("takes no part in the attack they condemn", () => {
    const x = read(
      "هجوم",
      "",
      "باماكو - هاجم مسلحون فجر اليوم نقطة للجيش قرب بلدة كيدال.",
      "",
      "وفي نيامي، أدانت وزيرة الدفاع النيجرية فاطمة عيسى ماريغا الهجمات على الجيش المالي.",
    );
    expect(x.events.filter((e) => e.type === "other").flatMap((e) => e.participants)).toEqual([]);
  });
});

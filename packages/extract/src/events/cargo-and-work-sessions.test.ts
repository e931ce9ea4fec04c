import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events;

describe("a minister's day in a province", () => {
  const events = read(
    "وزير الفلاحة في ورقلة",
    "الأربعاء 10 مارس 2027",
    "أشرف وزير الفلاحة، كريم بلعيد، أمس الثلاثاء من ورقلة، على إطلاق حملة وطنية لغرس النخيل.",
    "وكان الوزير قد عقد، لدى وصوله صباح أمس، جلسة عمل مع والي ولاية ورقلة، سمير بوقرة، بمقر الولاية، خصصت لضبط الترتيبات الخاصة بالحملة.",
    "وتفقد بلعيد بعد ذلك مزرعة نموذجية بالرويسات، حيث قدم له مديرها، رشيد قاسمي، عرضا عن نشاطها.",
    "وكانت الشحنة الأولى من الفسائل قد وصلت يوم الأحد إلى مطار ورقلة على متن طائرة شحن.",
  );

  it("'جلسة عمل مع' is a meeting, and 'لضبط الترتيبات' no seizure", () => {
    const meeting = events.find((e) => e.type === "meeting");
    expect(meeting?.participants).toEqual(["كريم بلعيد", "سمير بوقرة"]);
    expect(meeting?.date).toBe("2027-03-09");
  });

  it("a visit told 'بعد ذلك' takes the day of the happening told before", () => {
    expect(events.find((e) => e.type === "visit")?.date).toBe("2027-03-09");
  });

  it("goods that arrived make a delivery with nobody, no visit", () => {
    const visits = events.filter((e) => e.type === "visit");
    expect(visits).toHaveLength(1);
    const delivery = events.find((e) => e.type === "other" && e.date === "2027-03-07");
    expect(delivery?.participants).toEqual([]);
  });
});

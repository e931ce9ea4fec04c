import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { outletAfterPlaces, outletValue } from "./source-value";

// Every line below is written for these tests, not taken from an article.

const body =
  "\n\nبحث وزير النقل مع وفد من البنك الدولي تمويل توسعة الطريق الساحلي، وتناول اللقاء جدول الأشغال ومراحل التنفيذ.\n\nوأكد الوزير أن الأشغال تبدأ في الخريف المقبل بعد استكمال الدراسات الفنية.\n";
const title = "تمويل جديد للطريق الساحلي\n\n";
const read = (header: string) => extractArticle({ text: title + header + body });

const enBody =
  "\n\nThe transport ministry signed a loan for a coastal road on Tuesday, officials said, and work is due to start in the autumn after surveys are finished.\n\nThe minister said the road would cut travel times between the two ports by half.\n";

describe("the outlet as the header frames it", () => {
  it("takes the code out of its brackets on a dateline standing on its own line", () => {
    expect(read("سوسة، ٤ نيسان ٢٠٢٧ (أ.ف.ب) -").source).toBe("أ.ف.ب");
  });

  it("takes an agency in brackets before the dateline's closing dash, on a line of its own", () => {
    expect(read("سوسة ٠٤/٠٤/٢٠٢٧ (نوران) –").source).toBe("نوران");
  });

  it("takes the name in guillemets after the places filed from", () => {
    expect(read("سوسة/المنستير – «صدى الساحل»:\nالخميس 8 أفريل 2027").source).toBe("صدى الساحل");
    expect(read("عدن - «صدى الساحل»:\nالخميس 8/4/2027").source).toBe("صدى الساحل");
  });

  it("takes the credit after two places filed from, never a Hijri date in brackets", () => {
    expect(read("القاهرة - عمان - وكالات\n٨ نيسان/أبريل ٢٠٢٧ (١ ذو القعدة ١٤٤٨)").source).toBe("وكالات");
  });

  it("reads no outlet in a month's second name after a slash", () => {
    const x = read("بقلم: سامر الحلبي\nعمان، الخميس ٨ أبريل/نيسان ٢٠٢٧");
    expect(x.source).toBeNull();
    expect(x.author).toBe("سامر الحلبي");
  });

  it("reads a name and a staff title as the byline, not the journalist of an additional-reporting line", () => {
    const x = extractArticle({ text: "Loan signed for coastal road\n\nJane Roe, Staff Writer\nTUNIS | Thursday, 08 April 2027" + enBody + "\nAdditional reporting by John Doe in Sfax.\n" });
    expect(x.author).toBe("Jane Roe");
    expect(x.source).toBeNull();
  });

  it("names the agency in full from the byline, and the writer as printed", () => {
    const x = extractArticle({ text: "Loan signed for coastal road\nBy JANE ROE Associated Press\n\nTUNIS, Tunisia (AP) — " + enBody.trim() });
    expect(x.source).toBe("Associated Press");
    expect(x.author).toBe("JANE ROE");
  });
});

describe("outletValue and outletAfterPlaces", () => {
  const isPlace = (s: string) => ["سوسة", "عدن", "القاهرة", "عمان"].includes(s);
  it("keeps a number that is no year and drops a date", () => {
    expect(outletValue("قناة 218")).toBe("قناة 218");
    expect(outletValue("١ ذو القعدة ١٤٤٨")).toBeNull();
  });
  it("reads the last part after places only", () => {
    expect(outletAfterPlaces("القاهرة - عمان - وكالات", isPlace)).toBe("وكالات");
    expect(outletAfterPlaces("القاهرة - عمان", isPlace)).toBeNull();
    expect(outletAfterPlaces("سامر الحلبي - وكالات", isPlace)).toBeNull();
  });
});

describe("an English byline with the agency after a bar", () => {
  it("takes the agency after 'By NAME |' as the source", () => {
    const x = extractArticle({ text: "New road loan signed\n\nBy Tuya Ganbold | STEPPENEWS\nDarkhan, July 6, 2027" + enBody });
    expect(x.source).toBe("STEPPENEWS");
    expect(x.author).toBe("Tuya Ganbold");
  });
});

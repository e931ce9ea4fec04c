import { describe, expect, it } from "vitest";
import { extractArticle } from "../extract";

// Invented reports; only the calendar facts are real (11 January 2026 was a Sunday).
const read = (text: string, publishedHint?: string) => {
  const x = extractArticle({ text, publishedHint });
  return [x.published, x.publishedHow];
};

describe("publication date and how it was known", () => {
  it("a date printed in the header or dateline is stated", () => {
    expect(read("وزير يزور مصنعا\n12/01/2026\nزار الوزير سامح العلي مصنعا للذخيرة.")).toEqual(["2026-01-12", "stated"]);
  });

  it("a Hijri date in the header is converted and says so; the Gregorian date beside it wins", () => {
    expect(read("خبر عسكري\nالقاهرة - 24 شعبان 1447 هـ\nاستقبل الفريق سامح العلي وفدا عسكريا.")).toEqual(["2026-02-12", "hijri"]);
    expect(read("خبر عسكري\n24 شعبان 1447 هـ الموافق 12 فبراير 2026\nاستقبل الفريق سامح العلي وفدا عسكريا.")).toEqual(["2026-02-12", "stated"]);
  });

  it("a relative day word beside a printed date tells the day of writing", () => {
    expect(read("لقاء عسكري\nاستقبل الفريق سامح العلي أمس الأحد 11 يناير 2026 وفدا عسكريا إيطاليا رفيع المستوى لبحث التعاون في مجال التدريب.")).toEqual(["2026-01-12", "inferred"]);
    expect(read("لقاء عسكري\nيستقبل الفريق سامح العلي اليوم الأحد الموافق 11 يناير 2026 وفدا عسكريا إيطاليا رفيع المستوى لبحث التعاون في مجال التدريب.")).toEqual(["2026-01-11", "inferred"]);
    expect(read("Military talks\nGeneral Sam Ali met a visiting Italian delegation yesterday, Sunday, January 11, 2026, in Cairo to discuss training and joint exercises.")).toEqual(["2026-01-12", "inferred"]);
  });

  it("infers nothing when the weekday contradicts the date, or the date is not beside the word", () => {
    // 11 January 2026 was a Sunday, not a Monday.
    expect(read("لقاء عسكري\nاستقبل الفريق سامح العلي أمس الاثنين 11 يناير 2026 وفدا عسكريا إيطاليا رفيع المستوى لبحث التعاون في مجال التدريب.")).toEqual([null, null]);
    expect(read("لقاء عسكري\nاستقبل الفريق سامح العلي أمس وفدا عسكريا، وكان قد زار المصنع في 11 يناير 2026.")).toEqual([null, null]);
  });

  it("a caller's date is used only when the text prints none, and is reported as given", () => {
    expect(read("لقاء عسكري\nاستقبل الفريق سامح العلي وفدا عسكريا.", "2026-03-01")).toEqual(["2026-03-01", "given"]);
    expect(read("لقاء عسكري\nاستقبل الفريق سامح العلي وفدا عسكريا.")).toEqual([null, null]);
  });
});

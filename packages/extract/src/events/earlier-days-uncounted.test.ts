import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events;

describe("an earlier happening told 'بعد أيام من'", () => {
  it("is dated by the day its own clause prints, and that day is not the occasion's", () => {
    const events = read(
      "مباحثات أمنية على الحدود",
      "الأربعاء 10 مارس 2027",
      "ماتام - عقد حاكم منطقة ماتام السنغالية، عمر فال، وحاكم ولاية كوركول الموريتانية، محمد ولد أحمد، أمس الثلاثاء اجتماعا في ماتام.",
      "وجاء الاجتماع، الذي احتضنه مقر الحاكمية، بعد أيام من هجوم شنه مسلحون فجر السبت الماضي على قافلة تجارية قرب الحدود.",
    );
    const other = events.find((e) => e.type === "other");
    expect(other?.date).toBe("2027-03-06");
    expect(events.find((e) => e.type === "meeting")?.date).toBe("2027-03-09");
  });
});

describe("a smuggling foiled toward a state", () => {
  it("does not make that state a party ('نحو الأراضي الليبية')", () => {
    const events = read(
      "إحباط محاولة تهريب",
      "الأربعاء 10 مارس 2027",
      "جانت - أحبطت وحدات حرس الحدود الجزائرية أمس الثلاثاء محاولة لتهريب 30 مهاجرا نحو الأراضي الليبية، وضبطت سيارتين في منطقة وادي الرمال جنوب جانت.",
    );
    expect(events.find((e) => e.type === "other")?.countries).toEqual(["DZ"]);
  });
});

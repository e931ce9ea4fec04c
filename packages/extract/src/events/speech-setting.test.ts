import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-05-06" });

describe("talks named only where a speaker spoke", () => {
  it("are no meeting: 'وقالت الوزيرة، خلال لقائها بالجنود، إن …' after her visit", () => {
    const x = read(
      "زيارة",
      "",
      "مومباسا - تفقدت وزيرة الدفاع الكينية، أمينة وانجيرو، اليوم القاعدة البحرية في مومباسا.",
      "وقالت وانجيرو، خلال لقائها بالجنود والبحارة، إن \"الجاهزية عالية\".",
    );
    expect(x.events.map((e) => e.type)).toEqual(["visit"]);
  });

  it("nor as whom she spoke: 'التي شاركت في المحادثات'", () => {
    const x = read(
      "مباحثات",
      "",
      "لوساكا - التقى وزير الدفاع الزامبي بيتر باندا، اليوم، نظيره الملاوي غريس فيري في لوساكا.",
      "وقالت مديرة الأمن الحدودي الزامبية، مويلا تمبو، التي شاركت في المحادثات، إن الدوريات ستبدأ قريبا.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["meeting"]);
  });

  it("keeps the talks with a second person named: 'قال X عقب لقائه Y إن …'", () => {
    const x = read("مباحثات", "", "لوساكا - قال وزير الدفاع الزامبي بيتر باندا، عقب لقائه اليوم نظيره الملاوي غريس فيري في لوساكا، إن البلدين سيسيران دوريات مشتركة.");
    expect(x.events.map((e) => e.type)).toContain("meeting");
  });

  it("keeps words said after the talks as told of them, so the next sentence goes on with the speaker", () => {
    const x = read(
      "مباحثات",
      "",
      "لوساكا - بحث وزير الدفاع الزامبي بيتر باندا مع وزيرة الدفاع الملاوية غريس فيري، الإثنين في لوساكا، أمن الحدود.",
      "وأوضحت فيري في تصريح صحفي عقب اللقاء أن بلادها تعتبر زامبيا شريكا.",
      "وفي اليوم نفسه، زارت الوزيرة الملاوية القاعدة الجوية في ليفينغستون.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["meeting", "visit"]);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2027-08-17" });
// A reception the ship's exercise is told after.
const received = (next: string) =>
  read("زيارة", "", "الرباط - استقبل قائد البحرية المغربية، الأميرال سعيد بناني، اليوم بمكتبه في الرباط قائد السفينة البرتغالية، العقيد جواو ماتوس.", next);

describe("a sentence opened by a plan ('ومن المقرر أن …')", () => {
  it("reports no happening, whatever day it names", () => {
    const x = received("ومن المقرر أن تجري السفينة اليوم تمرينا بحريا مع وحدات البحرية المغربية قبل مغادرتها.");
    expect(x.events.filter((e) => e.type === "other")).toHaveLength(0);
  });

  it("leaves an exercise told as done alone", () => {
    const x = received("وأجرت السفينة اليوم تمرينا بحريا مع وحدات البحرية المغربية قبل مغادرتها.");
    expect(x.events.filter((e) => e.type === "other")).toHaveLength(1);
  });
});

describe("a meeting told in the future passive ('would be discussed')", () => {
  it("is a plan, no meeting", () => {
    const x = read(
      "Boat handover",
      "",
      "SUVA - Fiji's navy took delivery of a patrol boat on Monday.",
      "New Zealand's envoy, Mark Henley, said the next phase would be discussed with the Fijian government in the coming months.",
    );
    expect(x.events.filter((e) => e.type === "meeting")).toHaveLength(0);
  });
});

describe("history told by its year alone in the sentence's own clause", () => {
  it("is background, no agreement of the story", () => {
    const x = read(
      "Howitzer deal",
      "",
      "YEREVAN - Georgia's defence ministry and a Polish firm signed a contract on Monday for the supply of mortars.",
      "In 2023 the two countries concluded agreements on radar deliveries, and last year Georgia opened an embassy office in Warsaw.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["agreement"]);
  });

  it("keeps one told after 'بعد أن' as a backdrop of its own", () => {
    const x = read("دوريات", "", "نيامي - تتوتر العلاقات في المنطقة، خاصة بعد أن وقعت الدول الثلاث عام 2024 اتفاقا أمنيا.");
    expect(x.events.map((e) => e.type)).toEqual(["agreement"]);
  });

  it("is background in a paragraph opened by 'يذكر أن', also with its month before the year", () => {
    const x = read(
      "مباحثات",
      "",
      "لوساكا - التقى وزير الدفاع الزامبي بيتر باندا، اليوم، نظيره الملاوي غريس فيري في لوساكا.",
      "يذكر أن البلدين وقعا في أغسطس 2025 اتفاقا لتعيين الحدود النهرية بينهما.",
    );
    expect(x.events.map((e) => e.type)).toEqual(["meeting"]);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const read = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2027-05-10" }).events;

describe("a deed told as someone's record", () => {
  it("makes no event of what a state has done before ('وسبق لها أن نشرت')", () => {
    const events = read(
      "عنوان الخبر\nالرباط، 10 مايو 2027 – وقعت المغرب وبنين اليوم الاثنين مذكرة تفاهم للتعاون العسكري في الرباط.\nوتشارك بنين بجنود في قوة إقليمية، وسبق لها أن نشرت كتيبة في جزيرة نائية.",
    );
    expect(events.map((e) => e.type)).toEqual(["agreement"]);
  });

  it("keeps the deployment a report tells as its news", () => {
    const events = read(
      "عنوان الخبر\nالرباط، 10 مايو 2027 – وقعت المغرب وبنين اليوم الاثنين مذكرة تفاهم للتعاون العسكري في الرباط.\nوتشارك بنين بجنود في قوة إقليمية، ونشرت أمس كتيبة في جزيرة نائية.",
    );
    expect(events.map((e) => e.type).sort()).toEqual(["agreement", "other"]);
  });
});

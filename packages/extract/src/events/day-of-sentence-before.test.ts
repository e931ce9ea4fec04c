import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const datesOf = (x: ReturnType<typeof extractArticle>, type: string) => x.events.filter((e) => e.type === type).map((e) => e.date);

describe("a visit told right after a sentence that dates one of its people", () => {
  const head = "Allied troops start drills in Estonia\nBy JOHN PARKER Associated Press\nUpdated 09:12 AM UTC, May 9, 2029\n\nTALLINN (AP) — About 3,000 troops from nine countries began an exercise in Estonia, the alliance said.\n\n";

  it("takes the day of that sentence", () => {
    // 2029-05-09 is a Wednesday.
    const x = extractArticle({ text: head + "\"We train where we would fight,\" Maj. Gen. Peter Lindqvist, who commands the division, told reporters at the range on Tuesday.\n\nEstonian Defense Minister Kristiina Saar, who visited the soldiers alongside Lindqvist, said her country would buy more artillery next year.\n" });
    expect(datesOf(x, "visit")).toEqual(["2029-05-08"]);
  });

  it("keeps no day when the sentence before names none of its people", () => {
    const x = extractArticle({ text: head + "\"We train where we would fight,\" Maj. Gen. Peter Lindqvist, who commands the division, told reporters at the range on Tuesday.\n\nEstonian Defense Minister Kristiina Saar, who visited the soldiers at Tapa, said her country would buy more artillery next year.\n" });
    expect(datesOf(x, "visit")).not.toContain("2029-05-08");
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const others = (...lines: string[]) =>
  extractArticle({ text: ["خبر", "", ...lines].join("\n"), publishedHint: "2029-04-12" }).events.filter((e) => e.type === "other");

describe("incidents told with no doer", () => {
  it.each([
    ["a cut cable", "انقطع كابل الكهرباء البحري بين جزيرة زوران والبر الرئيسي، أمس."],
    ["a fighter jet's close approach", "اقتربت مقاتلتان من البلدين اقترابا خطيرا قرب جزيرة زوران، أمس."],
    ["an avalanche", "On Monday an avalanche buried the mountain road near Korvel Pass, stranding forty trucks."],
    ["a snow slide in Arabic", "تسبب انهيار ثلجي، أمس، في قطع الطريق الجبلي قرب ممر كورفل."],
    ["a close approach told as a noun", "وقع حادث اقتراب خطير بين مقاتلتين من البلدين قرب جزيرة زوران."],
  ])("reads %s as a happening", (_, line) => {
    expect(others(line)).toHaveLength(1);
  });

  it.each([
    ["a date drawing near", "اقترب موعد الانتخابات في جمهورية زوران."],
  ])("reads no happening in %s", (_, line) => {
    expect(others(line)).toHaveLength(0);
  });
});

describe("a natural disaster after a visit", () => {
  it("takes neither the visitors nor their town", () => {
    const x = others(
      "Korvelian Transport Minister Tamar Belidze visited Zoran on Friday and met its governor, Nodar Kelia.",
      "On Thursday, an avalanche buried the old road near Korvel Pass, stranding two hundred trucks.",
    ).filter((e) => /avalanche/.test(e.summary ?? ""));
    expect(x).toHaveLength(1);
    expect(x[0]!.participants).toEqual([]);
  });
});

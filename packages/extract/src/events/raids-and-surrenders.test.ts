import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-05" });

describe("raids on people, surrenders and arrests", () => {
  it("reads herders shot dead by raiders as a happening of its own, where its sentence places it", () => {
    const x = read(
      "Kenya, Uganda agree on joint border patrols",
      "NAIROBI, March 5 (Xinhua) -- Kenya and Uganda on Thursday agreed to deploy joint patrols along their common border, officials said.",
      "The agreement came three days after suspected bandits shot dead four herders and drove away some cattle near Lodwar in Kenya on Monday.",
    );
    const raid = x.events.find((e) => e.type === "other");
    expect(raid).toBeDefined();
    expect(raid!.location).toBe("Lodwar");
  });

  it("reads a surrender and an arrest told after it as two happenings, each at its own town", () => {
    const x = read(
      "استسلام مسلحين في النيجر",
      "نيامي (وكالات) – استسلم خمسة مسلحين من جماعة متطرفة للجيش النيجري يوم الأحد في بلدة تيلابيري وسلموا أسلحتهم، حسبما أفاد مصدر أمني.",
      "وألقت قوات الأمن القبض على ثلاثة مشتبه بهم في مدينة زيندر مساء الاثنين.",
    );
    const other = x.events.filter((e) => e.type === "other");
    expect(other.map((e) => e.location)).toEqual(["تيلابيري", "زيندر"]);
  });

  it("reads gunmen storming a village as an attack", () => {
    const x = read("هجوم على قرية في شمال بوركينا فاسو", "اقتحم مسلحون مجهولون قرية قرب مدينة جيبو في بوركينا فاسو فجر اليوم وأحرقوا عددا من المنازل.");
    expect(x.events.map((e) => e.type)).toContain("other");
  });
});

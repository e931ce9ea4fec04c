import { describe, expect, it } from "vitest";
import { isBarePlaceNoun } from "./bare-place-nouns";
import { extractArticle } from "../index";
import { wordKey } from "../text/tokens";

// Every sentence below is written for these tests, not taken from an article.

describe("a place's common noun alone names no place", () => {
  it.each([["مقر"], ["الميناء"], ["محافظة"]])("%s", (key) => {
    expect(isBarePlaceNoun([wordKey(key)])).toBe(true);
  });

  it("keeps a name, and a noun with a name after it", () => {
    expect(isBarePlaceNoun([wordKey("الرياض")])).toBe(false);
    expect(isBarePlaceNoun(["مقر", "التحالف"].map(wordKey))).toBe(false);
  });

  it("is not listed as a town where the seat of a body named before is left out", () => {
    const text = "اجتماع تنسيقي\n\nالرياض - عقد قائد القوات المشتركة الفريق الركن سالم بن عبدالله الحربي اليوم في مقر التحالف بالرياض اجتماعا تنسيقيا لقادة وحدات الحدود.";
    expect(extractArticle({ text }).locations.map((l) => l.name)).not.toContain("مقر");
  });
});

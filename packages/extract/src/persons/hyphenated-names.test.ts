import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const names = (text: string) => extractArticle({ text: "خبر\n\n" + text }).persons.map((p) => p.name);

describe("a double-barrelled name in Arabic letters", () => {
  it("keeps both halves joined by a hyphen with no space", () => {
    expect(names("والتقت الوزيرة الفرنسية إيلين دوران-لوكلير نظيرها البلجيكي أمس.")).toEqual(["إيلين دوران-لوكلير"]);
  });

  it("does not join words set apart by a spaced dash", () => {
    expect(names("والتقت الوزيرة الفرنسية إيلين دوران - وهي في زيارة قصيرة - نظيرها البلجيكي.")).toEqual(["إيلين دوران"]);
  });
});

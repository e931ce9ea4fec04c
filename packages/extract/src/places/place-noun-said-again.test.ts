import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { extractArticle } from "../index";
import { isPlaceNounAfterPreposition, isPlaceNounOfStory } from "./place-noun-said-again";

// Every sentence below is written for these tests, not taken from an article.

const word = (w: string) => tokenize(w)[0]!;

describe("a place's head noun after ل or ب", () => {
  it("is the place the story is at, no body", () => {
    expect(isPlaceNounAfterPreposition(word("للجزيرة"))).toBe(true);
    expect(isPlaceNounAfterPreposition(word("بالمحافظة"))).toBe(true);
  });

  it("leaves the noun printed bare or after و, and other words, to the readers", () => {
    expect(isPlaceNounAfterPreposition(word("الجزيرة"))).toBe(false);
    expect(isPlaceNounAfterPreposition(word("للشرطة"))).toBe(false);
  });
});

describe("a place's head noun with the article in a story naming that place by its head", () => {
  const at = (text: string, w: string) => {
    const tokens = tokenize(text);
    return isPlaceNounOfStory(tokens, tokens.findIndex((t) => t.text === w));
  };

  it("is the island said again, no channel of that name", () => {
    expect(at("أبحرت السفينة إلى جزيرة رودريغز ثم عادت إلى جنوب شرقي الجزيرة.", "الجزيرة")).toBe(true);
    const orgs = extractArticle({ text: "تمرين بحري\nنفذت البحرية تمرينا للإنقاذ قبالة ميناء لويس في جنوب شرقي الجزيرة، قبل أن تبحر إلى جزيرة رودريغز.", fileName: "x.txt" }).organizations;
    expect(orgs.map((o) => o.name)).not.toContain("الجزيرة");
  });

  it("stays a name in quotes or where the story names no island", () => {
    expect(at("وقال الوزير لـ«الجزيرة» إن جزيرة رودريغز آمنة.", "الجزيرة")).toBe(false);
    expect(at("وقال الوزير إن الجزيرة نقلت الخبر.", "الجزيرة")).toBe(false);
  });
});


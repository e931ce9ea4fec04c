import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { isPlaceNounAfterPreposition } from "./place-noun-said-again";

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

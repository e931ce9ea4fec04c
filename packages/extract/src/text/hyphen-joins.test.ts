import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens";
import { hyphenJoinsArabicWords } from "./hyphen-joins";

// Every phrase below is written for these tests, not taken from an article.

describe("a hyphen between two Arabic words", () => {
  it("joins them when no space stands on either side", () => {
    const tokens = tokenize("إقليم سافا-دريني");
    expect(hyphenJoinsArabicWords(tokens, 2)).toBe(true);
  });

  it("a dash set apart does not", () => {
    const tokens = tokenize("إقليم سافا - دريني");
    expect(hyphenJoinsArabicWords(tokens, 2)).toBe(false);
  });
});

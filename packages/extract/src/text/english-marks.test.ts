import { describe, expect, it } from "vitest";
import { isPossessiveS, ordinalSuffixAfter } from "./english-marks";
import { tokenize } from "./tokens";

const at = (text: string, word: string, nth = 0) => {
  const tokens = tokenize(text);
  const hits = tokens.map((t, i) => (t.text === word ? i : -1)).filter((i) => i >= 0);
  return { tokens, i: hits[nth]! };
};

describe("English marks split off a word", () => {
  it("reads the s of a possessive with a straight or a curly apostrophe, glued to both sides", () => {
    for (const text of ["Norvala's harbour", "Norvala’s harbour"]) {
      const { tokens, i } = at(text, "s");
      expect(isPossessiveS(tokens, i)).toBe(true);
    }
    const spaced = at("the letter ' s here", "s");
    expect(isPossessiveS(spaced.tokens, spaced.i)).toBe(false);
    const plain = at("a vessel s", "s");
    expect(isPossessiveS(plain.tokens, plain.i)).toBe(false);
  });

  it("finds the suffix glued to an ordinal in figures, and nothing after a spaced one or a word", () => {
    const glued = at("the 13th Coastal Base", "13");
    expect(ordinalSuffixAfter(glued.tokens, glued.i)).toBe(glued.i + 1);
    const spaced = at("room 13 th floor", "13");
    expect(ordinalSuffixAfter(spaced.tokens, spaced.i)).toBe(-1);
    const word = at("the fourth Coastal Base", "fourth");
    expect(ordinalSuffixAfter(word.tokens, word.i)).toBe(-1);
  });
});

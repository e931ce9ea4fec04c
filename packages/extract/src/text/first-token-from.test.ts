import { describe, expect, it } from "vitest";
import { firstTokenFrom, tokenize } from "./tokens";

describe("firstTokenFrom", () => {
  const text = "وصل الوفد إلى الميناء صباح الأحد.";
  const tokens = tokenize(text);

  it("finds what a walk from the start finds, at every offset", () => {
    for (let offset = 0; offset <= text.length + 1; offset++) {
      expect(firstTokenFrom(tokens, offset)).toBe(tokens.findIndex((t) => t.start >= offset));
    }
  });

  it("is -1 past the last token and for no tokens", () => {
    expect(firstTokenFrom(tokens, text.length + 5)).toBe(-1);
    expect(firstTokenFrom([], 0)).toBe(-1);
  });
});

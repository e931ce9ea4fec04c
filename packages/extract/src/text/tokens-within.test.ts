import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens";
import { tokensWithin } from "./tokens-within";

describe("tokensWithin", () => {
  const text = "وصل الوفد الزائر إلى مدينة النخيل صباح اليوم. Then the envoy left.";
  const tokens = tokenize(text);
  const filtered = (start: number, end: number) => tokens.filter((t) => t.start >= start && t.end <= end);

  it("keeps what a filter over every token keeps", () => {
    for (let start = 0; start <= text.length + 1; start += 3) for (let end = start; end <= text.length + 2; end += 5) expect(tokensWithin(tokens, start, end)).toEqual(filtered(start, end));
  });

  it("leaves out a token cut by either offset", () => {
    const words = tokensWithin(tokens, text.indexOf("لوفد"), text.indexOf("إلى") + 2).map((t) => t.text);
    expect(words).toEqual(["الزائر"]);
  });

  it("is empty past the last token", () => {
    expect(tokensWithin(tokens, text.length, text.length + 10)).toEqual([]);
  });
});

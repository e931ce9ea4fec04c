import { describe, expect, it } from "vitest";
import { isGoverned } from "./governed-name";
import { tokenize } from "../text/tokens";

// Every phrase below is written for these tests, not taken from an article.

const governedAt = (text: string, word: string) => {
  const tokens = tokenize(text);
  return isGoverned(tokens, tokens.findIndex((t) => t.text === word));
};

describe("a name governed by the word before it", () => {
  it.each([
    ["وصل الوفد إلى العاصمة فالنسيا أمس", "فالنسيا"],
    ["عقد اللقاء بالعاصمة بودغوريتسا", "بودغوريتسا"],
    ["افتتح المقر في حي بالاتا القديم", "بالاتا"],
    ["وصل الوفد إلى مدينة بوندوكو", "بوندوكو"],
  ])("reads no proclitic on the name in %s", (text, word) => {
    expect(governedAt(text, word)).toBe(true);
  });

  it("leaves a name after a verb ungoverned", () => {
    expect(governedAt("وقال بوتين إن", "بوتين")).toBe(false);
  });
});

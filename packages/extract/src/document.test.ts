import { describe, expect, it } from "vitest";
import { buildDoc } from "./document";

// The sentences below are written for these tests, not taken from a page.

const sentencesOf = (text: string) => {
  const doc = buildDoc(text, "en");
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe("sentence ends", () => {
  it("a run of initials before a name ends no sentence", () => {
    expect(sentencesOf("The deal was signed by Foreign Minister R.P. Rahman and his guest. They then left.")).toEqual(["The deal was signed by Foreign Minister R.P. Rahman and his guest.", "They then left."]);
  });
});

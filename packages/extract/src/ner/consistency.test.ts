import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { noteTypes, pushedTag, type TypedWords } from "./consistency";
import { sentenceRecords } from "./features";
import { defaultTagger } from "./model";
import { tagIndex } from "./tags";
import { tagSpans } from "./tagger";

// Sentences written for these tests; the people are invented.
const TEXT = "فاز اللاعب ماركو فيلاتي بالجائزة. وسجل فيلاتي هدفين في المباراة. وشكر فيلاتي الجمهور.";

const sentences = (tokens: ReturnType<typeof tokenize>) => {
  const ranges: { first: number; last: number }[] = [];
  let first = 0;
  tokens.forEach((t, i) => {
    if (t.text !== ".") return;
    ranges.push({ first, last: i + 1 });
    first = i + 1;
  });
  return ranges;
};

describe("document consistency", () => {
  it("reads a family name as the person the document named, in every sentence it stands in", () => {
    const tokens = tokenize(TEXT);
    const spans = tagSpans(defaultTagger(), { tokens, text: TEXT, ranges: sentences(tokens) });
    const people = spans.filter((s) => s.type === "PERS").map((s) => TEXT.slice(tokens[s.first]!.start, tokens[s.last]!.end));
    expect(people).toEqual(["ماركو فيلاتي", "فيلاتي", "فيلاتي"]);
  });

  it("follows no word the first reading gave two types", () => {
    const text = "زار نادر المدينة. وفاز نادي نادر بالكأس.";
    const tokens = tokenize(text);
    const records = sentenceRecords(tokens, 0, tokens.length);
    const at = tokens.findIndex((t) => t.text === "نادر");
    const later = tokens.findLastIndex((t) => t.text === "نادر");
    const typed: TypedWords = new Map();
    noteTypes(typed, records, [{ type: "PERS", first: at, last: at }]);
    expect(pushedTag(typed, records, later)).toBe(tagIndex("B-PERS"));
    noteTypes(typed, records, [{ type: "ORG", first: later - 1, last: later }]);
    expect(pushedTag(typed, records, later)).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { defaultTagger, withTagger } from "./model";
import { tagSpans } from "./tagger";

// Sentences written for these tests.
const tag = (text: string) => {
  const tokens = tokenize(text);
  return tagSpans(defaultTagger(), { tokens, text, ranges: [{ first: 0, last: tokens.length }] }).map((s) => [
    s.type,
    text.slice(tokens[s.first]!.start, tokens[s.last]!.end),
  ]);
};

describe("the committed model", () => {
  it("loads", () => {
    expect(defaultTagger().weights.featureCount).toBeGreaterThan(10_000);
  });

  it("tags a name with no rank or role beside it as a person", () => {
    expect(tag("وصرح أحمد المنصوري بأن المفاوضات ستستأنف الأسبوع المقبل.")).toContainEqual(["PERS", "أحمد المنصوري"]);
  });

  it("tags the places of an invented report", () => {
    const spans = tag("وأعلنت الحكومة في القاهرة أن الوفد سيزور باريس الشهر المقبل.");
    expect(spans).toContainEqual(["LOC", "القاهرة"]);
    expect(spans).toContainEqual(["LOC", "باريس"]);
  });

  it("gives way to another model while a reading runs, and comes back after it, thrown or not (withTagger)", () => {
    const committed = defaultTagger();
    const other = { ...committed, names: () => null };
    expect(withTagger(other, () => defaultTagger())).toBe(other);
    expect(defaultTagger()).toBe(committed);
    expect(() =>
      withTagger(other, () => {
        throw new Error("a reading that fails");
      }),
    ).toThrow();
    expect(defaultTagger()).toBe(committed);
  });
});

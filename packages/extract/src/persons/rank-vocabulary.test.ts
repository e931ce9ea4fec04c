import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { rankTrie, ruleRankTrie } from "./vocabulary";

// Every phrase below is written for these tests, not taken from an article.

const read = (trie: typeof ruleRankTrie | typeof rankTrie, phrase: string) => {
  const tokens = tokenize(phrase);
  const m = trie.matchAt(tokens, 0, phrase);
  return m ? { value: m.value, words: m.last + 1 } : null;
};

describe("one rank vocabulary for the tagger and the rules", () => {
  it("gives the rules every rank the tagger reads, with and without the Arabic article", () => {
    for (const phrase of ["الفريق أول سالم", "فريق أول سالم", "Lieutenant General Sam", "Gen. Sam"]) expect(read(ruleRankTrie, phrase)).toEqual(read(rankTrie, phrase));
    expect(read(rankTrie, "الفريق أول سالم")).toEqual({ value: "rank", words: 2 });
  });

  it("keeps the police ranks the rules read out of the tagger's", () => {
    expect(read(ruleRankTrie, "Senior Superintendent of Police Sam Oduya")?.value).toBe("police");
    expect(read(rankTrie, "Senior Superintendent of Police Sam Oduya")).toBeNull();
  });
});

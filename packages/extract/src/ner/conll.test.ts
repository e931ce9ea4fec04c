import { describe, expect, it } from "vitest";
import { alignBlock, alignSentence, blocksOf, parseConll, toBlockTags, toInputTags, toPackageTags } from "./conll";
import { blockTags, conllTags, tagConllFile } from "./conll-tagger";
import { addSentence, micro, newScores, prf } from "./score";
import { spansOf } from "./tags";

// Token files written for these tests.
describe("CoNLL files", () => {
  it("reads sentences with and without tags", () => {
    const s = parseConll("قال O\nسامر B-PERS\n\n\nذهب\nإلى\n");
    expect(s).toEqual([
      { tokens: ["قال", "سامر"], tags: ["O", "B-PERS"] },
      { tokens: ["ذهب", "إلى"], tags: null },
    ]);
  });

  it("maps tags between input words and the package's tokens (punctuation attached to a word)", () => {
    const words = ["(د", "ب", "أ)", "سامر", "نادر"];
    const a = alignSentence(words);
    expect(a.tokens.map((t) => t.text)).toEqual(["(", "د", "ب", "أ", ")", "سامر", "نادر"]);
    const pkg = toPackageTags(a, ["O", "O", "O", "B-PERS", "I-PERS"]);
    expect(pkg).toEqual(["O", "O", "O", "O", "O", "B-PERS", "I-PERS"]);
    expect(toInputTags(a, spansOf(pkg), words.length)).toEqual(["O", "O", "O", "B-PERS", "I-PERS"]);
  });

  it("scores strict and overlap matches", () => {
    const scores = newScores();
    addSentence(scores, ["B-PERS", "I-PERS", "O", "B-LOC"], ["B-PERS", "O", "O", "B-LOC"], ["PERS", "LOC"]);
    expect(micro(scores.strict)).toEqual({ tp: 1, gold: 2, pred: 2 });
    expect(micro(scores.overlap)).toEqual({ tp: 2, gold: 2, pred: 2 });
    expect(prf(micro(scores.strict)).f).toBeCloseTo(0.5);
  });

  it("tags every word of a sentence for marsad extract --conll", () => {
    const words = ["وقال", "كمال", "الأنصاري", "إن", "القاهرة", "مستعدة", "."];
    const tags = conllTags(words);
    expect(tags).toHaveLength(words.length);
    expect(tags.slice(1, 3)).toEqual(["B-PERS", "I-PERS"]);
    expect(tags[4]).toBe("B-LOC");
  });

  it("reads consecutive sentences as one block and gives each sentence its own tags", () => {
    const sentences = [["(د", "ب", "أ)", "وصل", "كمال"], ["وقال", "كمال", "الأنصاري", "إن", "القاهرة", "مستعدة"]];
    const b = alignBlock(sentences);
    expect(b.ranges).toEqual([
      { first: 0, last: 7 },
      { first: 7, last: 13 },
    ]);
    expect(b.wordStarts).toEqual([0, 5]);
    const tags = toBlockTags(b, [{ type: "PERS", first: 8, last: 9 }]);
    expect(tags).toEqual([
      ["O", "O", "O", "O", "O"],
      ["O", "B-PERS", "I-PERS", "O", "O", "O"],
    ]);
    expect(blocksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(blockTags(sentences).map((s) => s.length)).toEqual([5, 6]);
  });

  it("tags a file block by block, one line per word and a blank line after each sentence", () => {
    const { output, sentences, tokens } = tagConllFile("وقال\nكمال\nالأنصاري\n\nالقاهرة\nمستعدة\n");
    expect({ sentences, tokens }).toEqual({ sentences: 2, tokens: 5 });
    expect(output.split("\n\n")).toHaveLength(3);
    expect(output).toMatch(/^وقال O\nكمال B-PERS\nالأنصاري I-PERS\n\n/);
  });
});

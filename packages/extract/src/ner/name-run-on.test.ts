import { describe, expect, it } from "vitest";
import { alignSentence } from "./conll";
import { cutRunOnNames, RUN_ON_MARGIN } from "./name-run-on";
import type { TaggedSpan } from "./tagger";

// Sentences and lexicon written for these tests.
const names = (key: string) => (key === "زهران" ? "PERS:3" : null);

function cut(words: string[], first: number, last: number, lastMargin: number): string {
  const a = alignSentence(words);
  const span: TaggedSpan = { type: "PERS", first, last, confidence: 40, lastMargin };
  const [s] = cutRunOnNames(a.tokens, [span], names);
  return words.slice(s!.first, s!.last + 1).join(" ");
}

describe("a person's name the tagger ran on into the next word", () => {
  it("ends before a last word the tagger barely holds", () => {
    expect(cut(["وصد", "الحارس", "نادر", "فؤاد", "كرته"], 2, 4, RUN_ON_MARGIN - 5)).toBe("نادر فؤاد");
  });

  it("keeps a last word the tagger is sure of, or a name word", () => {
    expect(cut(["وصد", "الحارس", "نادر", "فؤاد", "كرته"], 2, 4, RUN_ON_MARGIN + 5)).toBe("نادر فؤاد كرته");
    // A given name, a person's word of the lexicon, a word after a connector.
    expect(cut(["قال", "نادر", "فؤاد", "سامي"], 1, 3, 0)).toBe("نادر فؤاد سامي");
    expect(cut(["قال", "نادر", "فؤاد", "زهران"], 1, 3, 0)).toBe("نادر فؤاد زهران");
    expect(cut(["قال", "نادر", "أبو", "سريع"], 1, 3, 0)).toBe("نادر أبو سريع");
  });

  it("leaves two-word names whole", () => {
    expect(cut(["قال", "نادر", "دبلان"], 1, 2, 0)).toBe("نادر دبلان");
  });
});

import { describe, expect, it } from "vitest";
import { alignSentence } from "./conll";
import { splitConjoinedNames } from "./conjoined-names";
import type { EntitySpan } from "./tags";

// Sentences and lexicon written for these tests.
const LEXICON: Record<string, string> = { فالوريا: "LOC:3", برونيا: "LOC:3", قاص: "PERS:2", يلكس: "PERS:2", الكوسا: "ORG:2" };
const names = (key: string) => LEXICON[key] ?? null;

function split(words: string[], span: EntitySpan): string[] {
  const a = alignSentence(words);
  return splitConjoinedNames(a.tokens, [span], names).map((s) => `${s.type}:${words.slice(s.first, s.last + 1).join(" ")}`);
}

describe("names joined by و that the tagger read as one", () => {
  it("cuts two places and two persons apart", () => {
    expect(split(["زار", "فالوريا", "وبرونيا", "أمس"], { type: "LOC", first: 1, last: 2 })).toEqual(["LOC:فالوريا", "LOC:وبرونيا"]);
    expect(split(["استقبل", "نادر", "سامي", "وكريم", "فؤاد"], { type: "PERS", first: 1, last: 4 })).toEqual(["PERS:نادر سامي", "PERS:وكريم فؤاد"]);
  });

  it("keeps a name word that opens with و", () => {
    // The rest after و is a name word, but the word before is a connector, or the و is a foreign w-sound.
    expect(split(["ضريح", "سالم", "بن", "أبي", "وقاص"], { type: "PERS", first: 1, last: 4 })).toHaveLength(1);
    expect(split(["قالت", "جين", "ويلكس"], { type: "PERS", first: 1, last: 2 })).toHaveLength(1);
    expect(split(["قال", "نادر", "وسام"], { type: "PERS", first: 1, last: 2 })).toHaveLength(1);
  });

  it("leaves organizations whole", () => {
    expect(split(["اتحاد", "الفول", "والكوسا"], { type: "ORG", first: 0, last: 2 })).toHaveLength(1);
  });
});

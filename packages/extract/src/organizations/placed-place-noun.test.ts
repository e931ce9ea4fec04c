import { describe, expect, it } from "vitest";
import { buildDoc } from "../document";
import { findPlaceHits, type PlaceHit } from "../places/gazetteer";
import { extractArticle } from "../index";
import { isPlaceNounPlaced } from "./fragments";

// Every sentence below is written for these tests, not taken from an article.

const ctxOf = (text: string) => {
  const doc = buildDoc(text, "ar");
  const placeAt: (PlaceHit | undefined)[] = new Array<PlaceHit | undefined>(doc.tokens.length);
  for (const p of findPlaceHits(doc.tokens, doc.text)) for (let k = p.firstToken; k <= p.lastToken; k++) placeAt[k] = p;
  return { doc, placeAt };
};
const at = (text: string, word: string, from = 0) => ctxOf(text).doc.tokens.findIndex((t, k) => k >= from && t.text === word);
const orgs = (text: string) => extractArticle({ text, fileName: "t.txt", publishedHint: "2031-03-04" }).organizations.map((o) => o.name);

describe("a place's noun placed by a compass word or في", () => {
  it("reads the island after a compass word or في as the place, not a body", () => {
    const text = "افتتح الوزير مدرسة جديدة جنوبي الجزيرة، وهي الأولى في الجزيرة، وقال لقناة الجزيرة إنه سعيد.";
    const ctx = ctxOf(text);
    const first = at(text, "الجزيرة");
    expect(isPlaceNounPlaced(ctx, first, first)).toBe(true);
    const second = at(text, "الجزيرة", first + 1);
    expect(isPlaceNounPlaced(ctx, second, second)).toBe(true);
    const channel = at(text, "الجزيرة", second + 1);
    expect(isPlaceNounPlaced(ctx, channel, channel)).toBe(false);
  });

  it("lists no channel for an island placed so in a story of the island", () => {
    const text = "هبطت طائرة الشحن أمس في المطار الواقع شمال شرقي الجزيرة، وعلى متنها معدات طبية للمستشفى الوطني. والمستشفى هو الأكبر في الجزيرة، ويخدم سكان القرى الجبلية.";
    expect(orgs(text)).not.toContain("الجزيرة");
  });
});

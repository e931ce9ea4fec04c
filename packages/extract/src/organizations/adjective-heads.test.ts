import { describe, expect, it } from "vitest";
import { buildDoc } from "../document";
import { findPlaceHits, type PlaceHit } from "../places/gazetteer";
import { opensWithAdjectiveOfNounBefore } from "./index";

// Every sentence below is written for these tests, not taken from an article.

const ctxOf = (text: string) => {
  const doc = buildDoc(text, "ar");
  const placeAt: (PlaceHit | undefined)[] = new Array<PlaceHit | undefined>(doc.tokens.length);
  for (const p of findPlaceHits(doc.tokens, doc.text)) for (let k = p.firstToken; k <= p.lastToken; k++) placeAt[k] = p;
  return { doc, placeAt };
};
const opens = (text: string, word: string) => {
  const ctx = ctxOf(text);
  return opensWithAdjectiveOfNounBefore(ctx, ctx.doc.tokens.findIndex((t) => t.text === word));
};

describe("a tagged body opening with a head that is also an adjective", () => {
  it("is the definite noun before it qualified", () => {
    expect(opens("وزار الوزير القاعدة البحرية بسوسة صباح اليوم.", "البحرية")).toBe(true);
  });
  it("names a body after a head, a verb or a title", () => {
    expect(opens("واستقبل قائد القوة البحرية بسوسة الوفد.", "البحرية")).toBe(false);
    expect(opens("وأعلنت البحرية التونسية إنقاذ البحارة.", "البحرية")).toBe(false);
    expect(opens("وقال قائد البحرية إن الطاقم بخير.", "البحرية")).toBe(false);
  });
});

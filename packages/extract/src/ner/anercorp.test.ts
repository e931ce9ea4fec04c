import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alignSentence, parseConll, toInputTags } from "./conll";
import { defaultTagger } from "./model";
import { addSentence, micro, newScores, prf } from "./score";
import { tagSpans } from "./tagger";

// The development part of ANERcorp (the last 10 % of the train file's sentences, never trained
// on) must keep the tagger's measured quality. Skipped when ../shared is absent.
const file = path.resolve(__dirname, "../../../../../shared/external/anercorp/ANERCorp_CamelLab_train.txt");

describe.skipIf(!fs.existsSync(file))("tagger on the ANERcorp development part", () => {
  it("reaches strict micro F1 ≥ 0.72 over PERS, ORG and LOC", () => {
    const sentences = parseConll(fs.readFileSync(file, "utf8"));
    const dev = sentences.slice(Math.round(sentences.length * 0.9));
    const scores = newScores();
    for (const s of dev) {
      const a = alignSentence(s.tokens);
      const spans = tagSpans(defaultTagger(), { tokens: a.tokens, text: a.text, ranges: [{ first: 0, last: a.tokens.length }] });
      addSentence(scores, s.tags!, toInputTags(a, spans, s.tokens.length), ["PERS", "ORG", "LOC"]);
    }
    expect(prf(micro(scores.strict)).f).toBeGreaterThanOrEqual(0.72);
  }, 60_000);
});

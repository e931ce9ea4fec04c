import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { decodeModel, encodeModel } from "./codec";
import { tokenCues } from "./cues";
import { sentenceEdgeFeatures, sentenceFeatures } from "./features";
import { tagSpans } from "./tagger";
import { tagIndex } from "./tags";
import { trainPerceptron, type TrainingSentence } from "./train";

// A tiny invented corpus: a name follows a speech verb, a place follows "في".
const corpus: [string, string[]][] = [
  ["قال سامر نادر إن الطقس جميل", ["O", "B-PERS", "I-PERS", "O", "O", "O"]],
  ["قال كمال يوسف إن السوق مزدحم", ["O", "B-PERS", "I-PERS", "O", "O", "O"]],
  ["قال هشام رامي إن الطريق طويل", ["O", "B-PERS", "I-PERS", "O", "O", "O"]],
  ["وصل الوفد إلى زحلة أمس", ["O", "O", "O", "B-LOC", "O"]],
  ["وصل القطار إلى طبرق صباحا", ["O", "O", "O", "B-LOC", "O"]],
  ["وصل البريد إلى بنزرت متأخرا", ["O", "O", "O", "B-LOC", "O"]],
  ["الطقس جميل في الربيع", ["O", "O", "O", "O"]],
];

const noNames = () => null;

function sentence(text: string, tags?: string[]): TrainingSentence {
  const tokens = tokenize(text);
  const cues = tokenCues(tokens, text, noNames);
  return {
    features: sentenceFeatures(tokens, 0, tokens.length, cues),
    edges: sentenceEdgeFeatures(tokens, 0, tokens.length, cues),
    tags: Uint8Array.from(tags ?? tokens.map(() => "O"), tagIndex),
  };
}

describe("training", () => {
  const data = corpus.map(([t, tags]) => sentence(t, tags));
  const trained = trainPerceptron(data, { epochs: 10, seed: 1 });

  it("learns the invented patterns and tags unseen names by their context", () => {
    const tagger = { ...decodeModel(encodeModel(trained, 0)), names: noNames };
    const text = "قال باسل منير إن الجو بارد ثم وصل الوفد إلى جرش";
    const tokens = tokenize(text);
    const spans = tagSpans(tagger, { tokens, text, ranges: [{ first: 0, last: tokens.length }] });
    expect(spans.map((s) => [s.type, tokens.slice(s.first, s.last + 1).map((t) => t.text).join(" ")])).toEqual([
      ["PERS", "باسل منير"],
      ["LOC", "جرش"],
    ]);
  });

  it("is deterministic for a seed", () => {
    const again = trainPerceptron(data, { epochs: 10, seed: 1 });
    expect(Array.from(again.values)).toEqual(Array.from(trained.values));
  });

  it("keeps the weights through the committed encoding (8-bit, within one quantization step)", () => {
    const encoded = encodeModel(trained, 0);
    const back = decodeModel(encoded).weights;
    expect(back.featureCount).toBeGreaterThan(0);
    const row = back.row(trained.features[0]!);
    const max = Math.max(...Array.from(trained.values, Math.abs));
    for (let t = 0; t < back.tags && row >= 0; t++) expect(Math.abs(back.values[row * back.tags + t]! - trained.values[t]!)).toBeLessThanOrEqual(max / 127);
  });
});

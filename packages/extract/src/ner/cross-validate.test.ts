import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { tokenCues } from "./cues";
import { crossValidate } from "./cross-validate";
import { sentenceEdgeFeatures, sentenceFeatures } from "./features";
import { decodeModel, encodeModel } from "./codec";
import { micro } from "./score";
import { tagIndex } from "./tags";
import { trainPerceptron, type TrainingSentence } from "./train";

// Invented sentences: a person after "صرح", a place after "بلدة".
const people = ["رامز قطان", "وائل شحود", "مازن غريب", "فادي نعمة"];
const towns = ["مزيرعة", "قرنايل", "عينطورين", "بتخنيه"];

function sentence(text: string, tags: string[]): TrainingSentence {
  const tokens = tokenize(text);
  const cues = tokenCues(tokens, text, () => null);
  return {
    features: sentenceFeatures(tokens, 0, tokens.length, cues),
    edges: sentenceEdgeFeatures(tokens, 0, tokens.length, cues),
    tags: Uint8Array.from(tags, tagIndex),
  };
}

const docs = people.map((p, i) => [
  sentence(`صرح ${p} بأن الموسم طويل`, ["O", "B-PERS", "I-PERS", "O", "O", "O"]),
  sentence(`زار الفريق بلدة ${towns[i]} مساء`, ["O", "O", "O", "B-LOC", "O"]),
]);

describe("cross-validation", () => {
  const train = (s: TrainingSentence[]) => trainPerceptron(s, { epochs: 8, seed: 3 });

  it("scores every scored document once, each by a model that did not see it", () => {
    const sc = crossValidate({ docs, foldOf: (i) => i % 4, folds: 4, scored: () => true, types: ["PERS", "LOC"], train });
    expect(micro(sc.strict).gold).toBe(8);
    // The patterns carry over to the held-out names, so most are found.
    expect(micro(sc.strict).tp).toBeGreaterThanOrEqual(6);
  });

  it("leaves out documents that are not scored, and types not asked for", () => {
    const sc = crossValidate({ docs, foldOf: (i) => i % 2, folds: 2, scored: (i) => i < 2, types: ["LOC"], train });
    expect(micro(sc.strict).gold).toBe(2);
    expect(sc.strict.has("PERS")).toBe(false);
  });

  it("reads each fold's model the way it is given, e.g. through the committed 8-bit encoding", () => {
    let loaded = 0;
    const load = (w: ReturnType<typeof train>) => {
      loaded++;
      return decodeModel(encodeModel(w));
    };
    const sc = crossValidate({ docs, foldOf: (i) => i % 4, folds: 4, scored: () => true, types: ["PERS", "LOC"], train, load });
    expect(loaded).toBe(4);
    expect(micro(sc.strict).tp).toBeGreaterThanOrEqual(6);
  });
});

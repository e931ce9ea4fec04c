import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { tokenCues } from "./cues";
import { sentenceEmissions } from "./emissions";
import { sentenceEdgeFeatures, sentenceFeatures } from "./features";
import { defaultTagger } from "./model";
import { TAG_COUNT } from "./tags";
import { EDGE_WIDTH } from "./weights";

// A sentence written for this test.
describe("inference scores", () => {
  it("equal the sum of the training features' weights (the per-word caches change nothing)", () => {
    const { weights, edges, names } = defaultTagger();
    const text = "وقال المتحدث باسم وزارة الخارجية سامر نادر إن الوفد وصل إلى القاهرة أمس.";
    const tokens = tokenize(text);
    const n = tokens.length;
    const cues = tokenCues(tokens, text, names);
    const fast = new Float32Array(n * TAG_COUNT);
    const fastEdges = new Float32Array(n * EDGE_WIDTH);
    sentenceEmissions(weights, tokens, 0, n, cues, fast, edges, fastEdges);
    const slow = new Float32Array(n * TAG_COUNT);
    const slowEdges = new Float32Array(n * EDGE_WIDTH);
    sentenceFeatures(tokens, 0, n, cues).forEach((f, k) => weights.emit(f, slow, k * TAG_COUNT));
    sentenceEdgeFeatures(tokens, 0, n, cues).forEach((f, k) => edges!.emit(f, slowEdges, k * EDGE_WIDTH));
    fast.forEach((v, i) => expect(v).toBeCloseTo(slow[i]!, 3));
    fastEdges.forEach((v, i) => expect(v).toBeCloseTo(slowEdges[i]!, 3));
  });
});

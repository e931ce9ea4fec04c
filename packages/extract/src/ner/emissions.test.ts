import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokens";
import { tokenCues } from "./cues";
import { documentFeatureLists, documentFeatures, documentScores } from "./doc-features";
import { sentenceEmissions } from "./emissions";
import { sentenceEdgeFeatures, sentenceFeatures } from "./features";
import { defaultTagger } from "./model";
import { TAG_COUNT } from "./tags";
import { EDGE_WIDTH } from "./weights";

// Sentences written for these tests.
const TEXT = "وقال المتحدث باسم وزارة الخارجية سامر نادر إن الوفد وصل إلى القاهرة أمس. وأضاف نادر أن الوفد سيغادر القاهرة غدا.";

describe("inference scores", () => {
  it("equal the sum of the training features' weights (the per-word caches change nothing)", () => {
    const { weights, edges, names } = defaultTagger();
    const tokens = tokenize(TEXT);
    const n = tokens.length;
    const cues = tokenCues(tokens, TEXT, names);
    const doc = documentFeatures(tokens, cues);
    const fast = new Float32Array(n * TAG_COUNT);
    const fastEdges = new Float32Array(n * EDGE_WIDTH);
    sentenceEmissions(weights, tokens, 0, n, cues, fast, edges, fastEdges, documentScores(weights, doc, n));
    const slow = new Float32Array(n * TAG_COUNT);
    const slowEdges = new Float32Array(n * EDGE_WIDTH);
    sentenceFeatures(tokens, 0, n, cues, documentFeatureLists(doc, n)).forEach((f, k) => weights.emit(f, slow, k * TAG_COUNT));
    sentenceEdgeFeatures(tokens, 0, n, cues).forEach((f, k) => edges!.emit(f, slowEdges, k * EDGE_WIDTH));
    fast.forEach((v, i) => expect(v).toBeCloseTo(slow[i]!, 3));
    fastEdges.forEach((v, i) => expect(v).toBeCloseTo(slowEdges[i]!, 3));
  });

  it("give each token the same edge row whether read into one array or as rows, the first time and again", () => {
    const { weights, edges, names } = defaultTagger();
    const tokens = tokenize(TEXT);
    const n = tokens.length;
    const cues = tokenCues(tokens, TEXT, names);
    const em = new Float32Array(n * TAG_COUNT);
    const flat = new Float32Array(n * EDGE_WIDTH);
    sentenceEmissions(weights, tokens, 0, n, cues, em, edges, flat);
    // Rows may be scratch the next call overwrites: copied after each reading. The second reading
    // takes the rows kept for words seen with the same cues.
    for (let reading = 0; reading < 2; reading++) {
      const rows: Float32Array[] = [];
      sentenceEmissions(weights, tokens, 0, n, cues, em, edges, rows);
      const copies = rows.slice(0, n).map((r) => [...r]);
      copies.forEach((row, j) => expect(row).toEqual([...flat.subarray(j * EDGE_WIDTH, (j + 1) * EDGE_WIDTH)]));
    }
  });
});

describe("document features", () => {
  it("follow a repeated word and leave out what only its own occurrence says", () => {
    const tokens = tokenize(TEXT);
    const cues = tokenCues(tokens, TEXT, () => null);
    const lists = documentFeatureLists(documentFeatures(tokens, cues), tokens.length);
    const at = (word: string) => tokens.map((t, i) => (t.text === word ? i : -1)).filter((i) => i >= 0);
    const [first, second] = at("نادر").concat(at("ونادر"));
    // نادر is written twice: each occurrence gets features from the other, different ones.
    expect(lists[first!]!.length).toBeGreaterThan(1);
    expect(lists[second!]!.length).toBeGreaterThan(1);
    expect([...lists[first!]!]).not.toEqual([...lists[second!]!]);
    // سامر is written once: no document features.
    expect(lists[at("سامر")[0]!]!.length).toBe(0);
  });

  it("are the same whatever document was read before, and name each feature once per word", () => {
    const read = (text: string) => {
      const tokens = tokenize(text);
      const words = documentFeatures(tokens, tokenCues(tokens, text, () => null)).words;
      return words.map((w) => ({ at: w.at, union: [...w.union], only: w.only.map((o) => [...o]) }));
    };
    const before = read(TEXT);
    // A longer document of other repeated words read in between (invented lines).
    const other = Array.from({ length: 60 }, (_, i) => `زار الوزير رامي سعيد مدينة حلب يوم ${i} والتقى المحافظ خالد عمر في مكتبه.`).join(" ");
    expect(read(other).length).toBeGreaterThan(5);
    const after = read(TEXT);
    expect(after).toEqual(before);
    for (const w of after) expect(new Set(w.union).size).toBe(w.union.length);
  });
});

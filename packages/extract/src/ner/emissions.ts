/**
 * Emission scores of a sentence for inference: the same features as `sentenceFeatures`, summed
 * faster. Most features depend on one word only (its own, and what it adds as a neighbour or as
 * the previous word), so their weights are summed once per distinct word and kept; per token only
 * the bigram and cue features are looked up.
 */
import { BOUNDARY_RECORD, contextFeatures, edgeFeatures, NEIGHBOUR_OFFSETS, sentenceRecords, type WordRecord } from "./features";
import { TAG_COUNT } from "./tags";
import { EDGE_WIDTH, type Weights } from "./weights";

// Per word: own (T), as neighbour at -2, -1, +1, +2 (4 × T), as previous word (T).
const SLOTS = 6;
const CACHE_LIMIT = 30_000;
const caches = new WeakMap<Weights, Map<string, Float32Array>>();

function wordScores(weights: Weights, cache: Map<string, Float32Array>, r: WordRecord): Float32Array {
  let v = cache.get(r.id);
  if (v) return v;
  const T = TAG_COUNT;
  v = new Float32Array(SLOTS * T);
  weights.emit(r.own, v, 0);
  for (let i = 0; i < NEIGHBOUR_OFFSETS.length; i++) weights.emit(r.asNeighbour.subarray(i, i + 1), v, (1 + i) * T);
  weights.emit(Int32Array.of(r.asPrevious), v, 5 * T);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(r.id, v);
  return v;
}

/** Fills `out` (n × TAG_COUNT) with the emission scores of tokens first…last-1. */
export function sentenceEmissions(
  weights: Weights,
  tokens: Parameters<typeof sentenceRecords>[0],
  first: number,
  last: number,
  cues: readonly number[][],
  out: Float32Array,
  /** Edge weights, and where their scores go (n × EDGE_WIDTH). */
  edges?: Weights | null,
  edgeOut?: Float32Array,
): void {
  const T = TAG_COUNT;
  let cache = caches.get(weights);
  if (!cache) {
    cache = new Map();
    caches.set(weights, cache);
  }
  const recs = sentenceRecords(tokens, first, last);
  const n = recs.length;
  const scores = recs.map((r) => wordScores(weights, cache, r));
  const boundary = wordScores(weights, cache, BOUNDARY_RECORD);
  const at = (i: number) => (i < 0 || i >= n ? boundary : scores[i]!);
  let o = 0;
  const add = (f: number) => weights.add(f, out, o);
  for (let j = 0; j < n; j++) {
    o = j * T;
    const own = scores[j]!;
    const p2 = at(j - 2);
    const p1 = at(j - 1);
    const n1 = at(j + 1);
    const n2 = at(j + 2);
    for (let t = 0; t < T; t++) out[o + t] = own[t]! + p2[T + t]! + p1[2 * T + t]! + n1[3 * T + t]! + n2[4 * T + t]! + p1[5 * T + t]!;
    contextFeatures(recs, j, cues, first, add);
  }
  if (edges && edgeOut) {
    let e = 0;
    const addEdge = (f: number) => edges.add(f, edgeOut, e);
    for (let j = 0; j < n; j++) {
      e = j * EDGE_WIDTH;
      edgeFeatures(recs, j, cues, first, addEdge);
    }
  }
}

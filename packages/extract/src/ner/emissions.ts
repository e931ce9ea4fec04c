/**
 * Emission and edge scores of a sentence for inference: the same features as
 * `sentenceFeatures` / `sentenceEdgeFeatures`, summed faster. Most features depend on one word
 * only (its own, what it adds as a neighbour or as the previous word, its edge features), so
 * their weights are summed once per distinct word and kept; a cue's weights at each place of the
 * window, and as an edge feature, are kept per cue (a few dozen cues, so they stay in the
 * processor's cache where a lookup in the big weight table would miss it). Per token only the
 * bigrams and the previous word's cues with this word are looked up.
 */
import {
  bigramAfterFeature,
  bigramBeforeFeature,
  BOUNDARY_RECORD,
  cuePairFeature,
  edgeCueFeature,
  sentenceRecords,
  NEIGHBOUR_OFFSETS,
  windowCueFeature,
  type WordRecord,
} from "./features";
import { TAG_COUNT } from "./tags";
import type { TokenCues } from "./cues";
import { EDGE_WIDTH, type Weights } from "./weights";

interface WordScores {
  /** Own (T), as neighbour at -2, -1, +1, +2 (4 × T), as previous word (T). */
  token: Float32Array;
  /** Its edge features' scores (EDGE_WIDTH), when the model has edges. */
  edge: Float32Array | null;
  /**
   * The first cue list the word was read with and its edge row with that list's cues added. A
   * word's cues are mostly its own list, shared by every token of the printed form (cues.ts), so
   * the sum is made once rather than copied and added up at every token.
   */
  cueList?: readonly number[];
  cueEdge?: Float32Array;
}

interface ModelCache {
  words: Map<string, WordScores>;
  /** Per cue: its weights at offsets -2 … +2 (5 × T). */
  cues: Map<number, Float32Array>;
  /** Per cue: its non-zero edge weights (of EDGE_WIDTH), or null when it has none. */
  edgeCues: Map<number, SparseRow | null>;
}

const CACHE_LIMIT = 30_000;
// Scratch rows of the cue sums and the word scores of a sentence, reused across calls (scoring is synchronous).
let cueBuffer = new Float32Array(0);
const scoreRows: Float32Array[] = [];
const scoreWords: WordScores[] = [];
const caches = new WeakMap<Weights, ModelCache>();

function wordScores(weights: Weights, edges: Weights | null | undefined, cache: Map<string, WordScores>, r: WordRecord): WordScores {
  let v = cache.get(r.id);
  if (v) return v;
  const T = TAG_COUNT;
  const token = new Float32Array(6 * T);
  weights.emit(r.own, token, 0);
  for (let i = 0; i < NEIGHBOUR_OFFSETS.length; i++) weights.emit(r.asNeighbour[i]!, token, (1 + i) * T);
  weights.add(r.asPrevious, token, 5 * T);
  let edge: Float32Array | null = null;
  if (edges) {
    edge = new Float32Array(EDGE_WIDTH);
    edges.emit(r.edge, edge, 0);
  }
  v = { token, edge };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(r.id, v);
  return v;
}

function cueScores(weights: Weights, cache: ModelCache, cue: number): Float32Array {
  let v = cache.cues.get(cue);
  if (!v) {
    v = new Float32Array(5 * TAG_COUNT);
    for (let d = -2; d <= 2; d++) weights.add(windowCueFeature(cue, d), v, (d + 2) * TAG_COUNT);
    cache.cues.set(cue, v);
  }
  return v;
}

function edgeCueScores(edges: Weights, cache: ModelCache, cue: number): SparseRow | null {
  let v = cache.edgeCues.get(cue);
  if (v === undefined) {
    const f = edgeCueFeature(cue);
    v = null;
    if (edges.row(f) >= 0) {
      const dense = new Float32Array(EDGE_WIDTH);
      edges.add(f, dense, 0);
      v = sparseRow(dense);
    }
    cache.edgeCues.set(cue, v);
  }
  return v;
}

/**
 * The non-zero weights of a row. An edge row has a weight per (previous tag, tag) pair and most
 * are zero; adding a zero changes no sum, so only the others are added.
 */
interface SparseRow {
  index: Uint8Array;
  value: Float32Array;
}

function sparseRow(dense: Float32Array): SparseRow {
  const at: number[] = [];
  for (let k = 0; k < dense.length; k++) if (dense[k] !== 0) at.push(k);
  return { index: Uint8Array.from(at), value: Float32Array.from(at, (k) => dense[k]!) };
}

// Rows of the tokens whose cues add edge scores to their word's, reused across calls.
const ownRows: Float32Array[] = [];
const scratchRows = new WeakSet<Float32Array>();

/** Whether an edge row handed out by sentenceEmissions is scratch that the next call overwrites (else a word's kept row). */
export function isScratchRow(row: Float32Array): boolean {
  return scratchRows.has(row);
}

/** Token j's row made its own (a copy of its word's row) before its cues' scores are added. */
function ownEdgeRow(rows: Float32Array[], j: number): Float32Array {
  while (ownRows.length <= j) {
    const row = new Float32Array(EDGE_WIDTH);
    scratchRows.add(row);
    ownRows.push(row);
  }
  const own = ownRows[j]!;
  own.set(rows[j]!);
  rows[j] = own;
  return own;
}

/**
 * Adds to `out` at `o` the scores of token j's features that join two words (features.ts
 * pairFeatures): the bigrams, and the previous word's cues with this word. The sentence's n
 * records start at recs[r0]; called per token, so no closure is made for it.
 */
function pairScores(weights: Weights, recs: readonly WordRecord[], r0: number, n: number, j: number, cues: TokenCues, first: number, out: Float32Array, o: number): void {
  const bare = recs[r0 + j]!.bare;
  weights.add(bigramBeforeFeature(j > 0 ? recs[r0 + j - 1]!.bare : BOUNDARY_RECORD.bare, bare), out, o);
  weights.add(bigramAfterFeature(bare, j + 1 < n ? recs[r0 + j + 1]!.bare : BOUNDARY_RECORD.bare), out, o);
  if (j > 0) {
    const list = cues[first + j - 1]!;
    for (let c = 0; c < list.length; c++) weights.add(cuePairFeature(list[c]!, bare), out, o);
  }
}

/**
 * Fills `out` (n × TAG_COUNT) with the emission scores of tokens first…last-1, and `edgeOut`
 * with their edge scores when the model has edges: n × EDGE_WIDTH numbers, or one row per token
 * (a row may be the word's cached row itself, so rows are read-only). The model's edges must be
 * the same for every call with the same token weights (one tagger).
 */
export function sentenceEmissions(
  weights: Weights,
  tokens: Parameters<typeof sentenceRecords>[0],
  first: number,
  last: number,
  cues: TokenCues,
  out: Float32Array,
  edges?: Weights | null,
  edgeOut?: Float32Array | Float32Array[],
  /** The document features' scores of every token of the array (doc-features.ts documentScores). */
  doc?: Float32Array,
  /** The word records of every token of the array, when the caller has them. */
  records?: readonly WordRecord[],
): void {
  const T = TAG_COUNT;
  let cache = caches.get(weights);
  if (!cache) {
    cache = { words: new Map(), cues: new Map(), edgeCues: new Map() };
    caches.set(weights, cache);
  }
  // The records of the sentence are read in place in the document's array (no copy per sentence).
  const recs = records ?? sentenceRecords(tokens, first, last);
  const r0 = records ? first : 0;
  const n = last - first;
  // Rows per token: most tokens' edge scores are their word's row as it is, so they are not copied.
  const rows = Array.isArray(edgeOut) ? edgeOut : null;
  const boundary = wordScores(weights, edges, cache.words, BOUNDARY_RECORD).token;
  while (scoreRows.length < n) scoreRows.push(boundary);
  const scores = scoreRows;
  for (let j = 0; j < n; j++) {
    const w = wordScores(weights, edges, cache.words, recs[r0 + j]!);
    scores[j] = w.token;
    scoreWords[j] = w;
    if (edges && edgeOut && w.edge) {
      if (rows) rows[j] = w.edge;
      else (edgeOut as Float32Array).set(w.edge, j * EDGE_WIDTH);
    }
  }
  // Each token's cues summed once, at every place of the window they are seen from.
  const W = 5 * T;
  if (cueBuffer.length < n * W) cueBuffer = new Float32Array(n * W * 2);
  const cueSums = cueBuffer;
  for (let j = 0; j < n; j++) {
    const list = cues[first + j]!;
    if (!list.length) continue;
    const base = j * W;
    cueSums.set(cueScores(weights, cache, list[0]!), base);
    for (let c = 1; c < list.length; c++) {
      const v = cueScores(weights, cache, list[c]!);
      for (let k = 0; k < W; k++) cueSums[base + k]! += v[k]!;
    }
  }
  for (let j = 0; j < n; j++) {
    const o = j * T;
    const own = scores[j]!;
    const p2 = j >= 2 ? scores[j - 2]! : boundary;
    const p1 = j >= 1 ? scores[j - 1]! : boundary;
    const n1 = j + 1 < n ? scores[j + 1]! : boundary;
    const n2 = j + 2 < n ? scores[j + 2]! : boundary;
    for (let t = 0; t < T; t++) out[o + t] = own[t]! + p2[T + t]! + p1[2 * T + t]! + n1[3 * T + t]! + n2[4 * T + t]! + p1[5 * T + t]!;
    if (doc) for (let t = 0, d = (first + j) * T; t < T; t++) out[o + t]! += doc[d + t]!;
    // The cues of the window: the cues of token `at` seen from j.
    for (let at = Math.max(0, j - 2), to = Math.min(n - 1, j + 2); at <= to; at++) {
      if (!cues[first + at]!.length) continue;
      const base = at * W + (at - j + 2) * T;
      for (let t = 0; t < T; t++) out[o + t]! += cueSums[base + t]!;
    }
    pairScores(weights, recs, r0, n, j, cues, first, out, o);
  }
  if (edges && edgeOut) {
    for (let j = 0; j < n; j++) {
      const list = cues[first + j]!;
      if (!list.length) continue;
      const w = rows ? scoreWords[j]! : null;
      if (w && w.cueList === list) {
        rows![j] = w.cueEdge!;
        continue;
      }
      let row = rows ? null : (edgeOut as Float32Array);
      const e = rows ? 0 : j * EDGE_WIDTH;
      for (let c = 0; c < list.length; c++) {
        const v = edgeCueScores(edges, cache, list[c]!);
        if (!v) continue;
        if (!row) row = ownEdgeRow(rows!, j);
        const { index, value } = v;
        for (let k = 0; k < index.length; k++) row[e + index[k]!]! += value[k]!;
      }
      // Kept (a copy of the scratch row, or the word's row when no cue adds to it) for the next token of the word with this list.
      if (w && w.cueList === undefined) {
        w.cueList = list;
        w.cueEdge = row ? Float32Array.from(row) : rows![j]!;
      }
    }
  }
}

/**
 * Viterbi decoding over BIO tags: the best tag sequence under emission scores (one row of
 * TAG_COUNT per token) and transition weights, with I-X allowed only after B-X or I-X.
 */
import { allowedTransition, TAG_COUNT } from "./tags";

const ALLOWED: boolean[] = [];
for (let p = 0; p <= TAG_COUNT; p++)
  for (let t = 0; t < TAG_COUNT; t++)
    ALLOWED.push(p === TAG_COUNT ? allowedTransition(0, t) : allowedTransition(p, t));

/**
 * The B tag an I tag may also follow (besides itself), or -1 for a tag that may follow any tag:
 * decoding an I tag then weighs two predecessors, not every tag.
 */
const OPENER = Int8Array.from({ length: TAG_COUNT }, (_, t) => {
  const from = Array.from({ length: TAG_COUNT }, (_, p) => p).filter((p) => ALLOWED[p * TAG_COUNT + t]);
  return from.length === TAG_COUNT ? -1 : from.length === 2 && from[1] === t ? from[0]! : -2;
});
if (OPENER.includes(-2)) throw new Error("decode.ts reads an I tag as following its B tag and itself only");

const NO_EDGES = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);

// Scratch rows reused across calls (decoding is synchronous, so one set serves every caller).
let scoreBuffer = new Float64Array(0);
let backBuffer = new Uint8Array(0);

/**
 * Tag indices of the best path. `emissions` has n × TAG_COUNT scores; `edges`, when given, has
 * n × (TAG_COUNT + 1) × TAG_COUNT scores of entering token i's tag from the previous tag (row
 * TAG_COUNT: from the sentence start), read from the token's edge features. Only the first n
 * rows of each array are read.
 */
export function viterbi(
  emissions: Float32Array | Float64Array,
  n: number,
  transitions: Float32Array | Float64Array,
  edges?: Float32Array | Float64Array | readonly Float32Array[],
  /** Where to write the n tags (a buffer reused by the caller); a new array when absent. */
  into?: Uint8Array,
): Uint8Array {
  const T = TAG_COUNT;
  const E = (T + 1) * T;
  const out = into ?? new Uint8Array(n);
  if (n === 0) return out;
  if (scoreBuffer.length < n * T) {
    scoreBuffer = new Float64Array(n * T * 2);
    backBuffer = new Uint8Array(n * T * 2);
  }
  const score = scoreBuffer;
  const back = backBuffer;
  // Edge scores as one array of n rows or as a row per token: token i's are at edgeRow of row(i).
  const rows = Array.isArray(edges) ? (edges as readonly Float32Array[]) : null;
  const flat = rows ? null : (edges as Float32Array | Float64Array | undefined);
  const row0 = rows ? rows[0] : flat;
  for (let t = 0; t < T; t++) score[t] = ALLOWED[T * T + t] ? emissions[t]! + transitions[T * T + t]! + (row0 ? row0[T * T + t]! : 0) : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    // With no edge scores a row of zeros is added, so the inner loop tests nothing but the best.
    const edgeScores = (rows ? rows[i] : flat) ?? NO_EDGES;
    const edgeRow = rows || !flat ? 0 : i * E;
    for (let t = 0; t < T; t++) {
      // Predecessors in increasing order, the first of equal scores kept: as when every allowed
      // tag is weighed in turn.
      let best = -Infinity;
      let arg = 0;
      const b = OPENER[t]!;
      if (b >= 0) {
        const fromB = score[prev + b]! + transitions[b * T + t]! + edgeScores[edgeRow + b * T + t]!;
        const fromI = score[prev + t]! + transitions[t * T + t]! + edgeScores[edgeRow + t * T + t]!;
        if (fromB > best) {
          best = fromB;
          arg = b;
        }
        if (fromI > best) {
          best = fromI;
          arg = t;
        }
      } else
        for (let p = 0, at = t; p < T; p++, at += T) {
          const s = score[prev + p]! + transitions[at]! + edgeScores[edgeRow + at]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      score[i * T + t] = best + emissions[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++)
    if (score[(n - 1) * T + t]! > best) {
      best = score[(n - 1) * T + t]!;
      arg = t;
    }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
  return out;
}

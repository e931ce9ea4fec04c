import { describe, expect, it } from "vitest";
import { viterbi } from "./decode";
import { allowedTransition, TAG_COUNT } from "./tags";

const T = TAG_COUNT;
const E = (T + 1) * T;

/** A small deterministic generator of numbers in [0, 1) (xorshift). */
function numbers(seed: number): () => number {
  let x = seed | 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/**
 * The best allowed path by trying every tag sequence, summed in the decoder's order; of paths of
 * equal score, the first in the order where the earlier tokens' tags weigh most wins, as the
 * decoder keeps the lowest previous tag of equal scores and the lowest last tag.
 */
function bruteForce(em: Float32Array, n: number, tr: Float32Array, ee: Float32Array): number[] {
  let best = -Infinity;
  let bestPath: number[] = [];
  const path: number[] = [];
  // Reversed order of comparison: ties go to the path read first from the end, as back-pointers do.
  const walk = (i: number, score: number): void => {
    if (i === n) {
      if (score > best || (score === best && later(path, bestPath))) {
        best = score;
        bestPath = [...path];
      }
      return;
    }
    for (let t = 0; t < T; t++) {
      const p = i === 0 ? T : path[i - 1]!;
      if (!allowedTransition(i === 0 ? 0 : p, t)) continue;
      path.push(t);
      const step = tr[p * T + t]!;
      const edge = ee[i * E + p * T + t]!;
      walk(i + 1, i === 0 ? em[t]! + step + edge : score + step + edge + em[i * T + t]!);
      path.pop();
    }
  };
  walk(0, 0);
  return bestPath;
}

/** Whether a path of equal score is the decoder's choice over `kept`: a lower tag from the end back. */
function later(path: number[], kept: number[]): boolean {
  for (let i = path.length - 1; i >= 0; i--) if (path[i] !== kept[i]) return path[i]! < kept[i]!;
  return false;
}

describe("viterbi", () => {
  it("reads an I tag only after its own B or I tag", () => {
    const n = 2;
    const em = new Float32Array(n * T);
    em[0 * T + 3] = 5; // B-ORG first
    em[1 * T + 2] = 9; // I-PERS wanted most next, but not allowed after B-ORG
    em[1 * T + 4] = 1; // I-ORG
    // B-ORG then I-PERS would score 14; B-PERS then I-PERS scores 9, B-ORG then I-ORG 6.
    expect([...viterbi(em, n, new Float32Array(E), new Float32Array(n * E))]).toEqual([1, 2]);
  });

  it("finds the best allowed path on short sentences, ties included", () => {
    const next = numbers(11);
    for (let c = 0; c < 60; c++) {
      const n = 1 + (c % 3);
      // Whole numbers in a small range make equal scores common.
      const v = c % 2 ? () => Math.floor(next() * 3) : () => (next() - 0.5) * 20;
      const em = Float32Array.from({ length: n * T }, v);
      const tr = Float32Array.from({ length: E }, v);
      const ee = Float32Array.from({ length: n * E }, v);
      expect([...viterbi(em, n, tr, ee)]).toEqual(bruteForce(em, n, tr, ee));
      const rows = Array.from({ length: n }, (_, i) => ee.subarray(i * E, (i + 1) * E));
      expect([...viterbi(em, n, tr, rows)]).toEqual(bruteForce(em, n, tr, ee));
    }
  });
});

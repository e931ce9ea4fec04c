import { describe, expect, it } from "vitest";
import { TAG_COUNT } from "./tags";
import { Weights } from "./weights";

/** A small deterministic generator of 32-bit feature ids (xorshift). */
function ids(count: number, seed: number): number[] {
  let x = seed | 0 || 1;
  const out: number[] = [];
  while (out.length < count) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out.push(x | 0);
  }
  return out;
}

describe("Weights lookup", () => {
  const features = Int32Array.from(new Set(ids(5000, 7)));
  const values = Float32Array.from({ length: features.length * TAG_COUNT }, (_, i) => i);
  const weights = new Weights(features, values, new Float32Array((TAG_COUNT + 1) * TAG_COUNT));

  it("finds every feature of the model at its row", () => {
    for (let r = 0; r < features.length; r++) expect(weights.row(features[r]!)).toBe(r);
  });

  it("answers -1 for features the model does not hold, whichever bits they share with held ones", () => {
    const held = new Set(features);
    const absent = ids(20000, 99).filter((f) => !held.has(f));
    // Neighbours of held ids share their low bits (the slot) or most of their hash.
    for (const f of features) absent.push(f ^ 0x40000000, f + 1);
    for (const f of absent) if (!held.has(f)) expect(weights.row(f)).toBe(-1);
  });

  it("adds a held feature's row and nothing for an absent one", () => {
    const into = new Float32Array(TAG_COUNT);
    weights.add(features[3]!, into, 0);
    weights.add(features[3]! ^ 0x40000000, into, 0);
    expect(Array.from(into)).toEqual(Array.from(values.subarray(3 * TAG_COUNT, 4 * TAG_COUNT)));
  });
});

/**
 * The weights of a trained tagger in memory: an open-addressing table from feature id to a row of
 * one weight per tag, plus tag-to-tag transition weights (row TAG_COUNT is the sentence start).
 * Lookups compare integers only, so scoring a token costs a few dozen probes.
 */
import { TAG_COUNT } from "./tags";

/** Width of an edge row: one weight per (previous tag or start) × tag. */
export const EDGE_WIDTH = (TAG_COUNT + 1) * TAG_COUNT;

export class Weights {
  readonly tags = TAG_COUNT;
  private readonly mask: number;
  /**
   * Per slot, the feature and its row index + 1 (0 marks an empty slot), side by side so that a
   * probe reads one cache line, not one in each of two arrays.
   */
  private readonly slots: Int32Array;
  /**
   * Wide rows (edges) are mostly zero, so they are also kept sparse: the non-zero weights of row
   * r are at sparseAt[r] … sparseAt[r + 1] - 1 of sparseIndex / sparseValue.
   */
  private readonly sparseAt: Int32Array | null = null;
  private readonly sparseIndex: Uint8Array | null = null;
  private readonly sparseValue: Float32Array | null = null;
  /**
   * One bit per hashed feature id, set for the model's features: most features asked about
   * (bigrams, a cue with a word) are in no model, and this small array answers most of those
   * questions without a probe into the large slot table, which mostly misses the processor's
   * cache. A clear bit means the feature is absent; a set bit is answered by the table.
   */
  private readonly present: Int32Array;
  private readonly presentShift: number;

  constructor(
    features: Int32Array,
    /** Row r holds the weights of features[r] for every tag. */
    readonly values: Float32Array,
    /** (TAG_COUNT + 1) × TAG_COUNT: from-tag (or start) to to-tag. */
    readonly transitions: Float32Array,
    /** Weights per row: TAG_COUNT for token features, EDGE_WIDTH for edge features. */
    readonly width: number = TAG_COUNT,
  ) {
    let size = 1;
    while (size < features.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    if (width > 16) {
      const at = new Int32Array(features.length + 1);
      let nnz = 0;
      for (let r = 0; r < features.length; r++) {
        at[r] = nnz;
        for (let t = 0; t < width; t++) if (values[r * width + t] !== 0) nnz++;
      }
      at[features.length] = nnz;
      const index = new Uint8Array(nnz);
      const value = new Float32Array(nnz);
      let k = 0;
      for (let r = 0; r < features.length; r++)
        for (let t = 0; t < width; t++)
          if (values[r * width + t] !== 0) {
            index[k] = t;
            value[k++] = values[r * width + t]!;
          }
      this.sparseAt = at;
      this.sparseIndex = index;
      this.sparseValue = value;
    }
    // 16 bits per feature (a power of two): about one absent feature in sixteen finds its bit set.
    let bits = 32;
    while (bits < features.length * 16) bits *= 2;
    this.present = new Int32Array(bits / 32);
    this.presentShift = 32 - Math.log2(bits);
    features.forEach((f, r) => {
      const b = presentBit(f, this.presentShift);
      this.present[b >>> 5]! |= 1 << (b & 31);
      let s = f & this.mask;
      while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = f;
      this.slots[2 * s + 1] = r + 1;
    });
  }

  get featureCount(): number {
    return this.values.length / this.width;
  }

  /** Row of a feature, or -1. */
  row(feature: number): number {
    const b = presentBit(feature, this.presentShift);
    if ((this.present[b >>> 5]! & (1 << (b & 31))) === 0) return -1;
    const slots = this.slots;
    let s = feature & this.mask;
    for (;;) {
      const r = slots[2 * s + 1]!;
      if (r === 0) return -1;
      if (slots[2 * s] === feature) return r - 1;
      s = (s + 1) & this.mask;
    }
  }

  /** Adds the weights of one feature to `into` (TAG_COUNT numbers at `offset`). */
  add(feature: number, into: Float32Array, offset: number): void {
    const r = this.row(feature);
    if (r < 0) return;
    if (this.sparseAt) {
      const index = this.sparseIndex!;
      const value = this.sparseValue!;
      for (let k = this.sparseAt[r]!, end = this.sparseAt[r + 1]!; k < end; k++) into[offset + index[k]!]! += value[k]!;
      return;
    }
    const v = this.values;
    const w = this.width;
    const base = r * w;
    for (let t = 0; t < w; t++) into[offset + t]! += v[base + t]!;
  }

  /** Takes the weights of the features off `into` (TAG_COUNT numbers at `offset`). */
  subtract(features: Int32Array, into: Float32Array, offset: number): void {
    const v = this.values;
    const w = this.width;
    for (let f = 0; f < features.length; f++) {
      const r = this.row(features[f]!);
      if (r < 0) continue;
      const base = r * w;
      for (let t = 0; t < w; t++) into[offset + t]! -= v[base + t]!;
    }
  }

  /** Adds the weights of the token's features to `into` (TAG_COUNT numbers at `offset`). */
  emit(features: Int32Array, into: Float32Array, offset: number): void {
    const v = this.values;
    for (let f = 0; f < features.length; f++) {
      const r = this.row(features[f]!);
      if (r < 0) continue;
      const w = this.width;
      const base = r * w;
      for (let t = 0; t < w; t++) into[offset + t]! += v[base + t]!;
    }
  }
}

/** The filter bit of a feature: the top bits of a multiplicative hash, independent of the slot (its low bits). */
function presentBit(feature: number, shift: number): number {
  return Math.imul(feature, 0x9e3779b1) >>> shift;
}

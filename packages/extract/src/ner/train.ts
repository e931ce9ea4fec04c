/**
 * Training of the tagger: an averaged structured perceptron (Collins 2002) over BIO tag
 * sequences, decoded with Viterbi. Pure and deterministic: the sentence order of each epoch comes
 * from a seeded generator, so the same data and seed give the same weights.
 */
import { viterbi } from "./decode";
import { TAG_COUNT } from "./tags";

export interface TrainingSentence {
  /** Feature ids per token. */
  features: Int32Array[];
  /** Gold tag index per token. */
  tags: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Called after each epoch (e.g. to print progress or score a development part). */
  onEpoch?: (epoch: number, mistakes: number) => void;
}

export interface TrainedWeights {
  features: Int32Array;
  /** features.length × TAG_COUNT averaged weights. */
  values: Float32Array;
  transitions: Float32Array;
}

/** Mulberry32: a small seeded generator for the shuffles. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Table {
  index = new Map<number, number>();
  w = new Float64Array(1 << 16);
  // Sum of (step × update): the average is w − u / steps (Daumé's lazy averaging).
  u = new Float64Array(1 << 16);

  row(f: number, create: boolean): number {
    let r = this.index.get(f);
    if (r === undefined) {
      if (!create) return -1;
      r = this.index.size;
      this.index.set(f, r);
      if ((r + 1) * TAG_COUNT > this.w.length) {
        const w = new Float64Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
    }
    return r;
  }
}

export function trainPerceptron(data: readonly TrainingSentence[], options: TrainOptions): TrainedWeights {
  const T = TAG_COUNT;
  const table = new Table();
  const trans = new Float64Array((T + 1) * T);
  const transU = new Float64Array((T + 1) * T);
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  let step = 1;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const s of order) {
      const { features, tags } = data[s]!;
      const n = tags.length;
      if (!n) continue;
      const em = new Float64Array(n * T);
      for (let k = 0; k < n; k++)
        for (const f of features[k]!) {
          const r = table.row(f, false);
          if (r < 0) continue;
          for (let t = 0; t < T; t++) em[k * T + t]! += table.w[r * T + t]!;
        }
      const guess = viterbi(em, n, trans);
      let wrong = false;
      for (let k = 0; k < n; k++) {
        const g = tags[k]!;
        const p = guess[k]!;
        const gPrev = k === 0 ? T : tags[k - 1]!;
        const pPrev = k === 0 ? T : guess[k - 1]!;
        if (g !== p) {
          wrong = true;
          for (const f of features[k]!) {
            const r = table.row(f, true);
            table.w[r * T + g]! += 1;
            table.u[r * T + g]! += step;
            table.w[r * T + p]! -= 1;
            table.u[r * T + p]! -= step;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          trans[gPrev * T + g]! += 1;
          transU[gPrev * T + g]! += step;
          trans[pPrev * T + p]! -= 1;
          transU[pPrev * T + p]! -= step;
        }
      }
      if (wrong) mistakes++;
      step++;
    }
    options.onEpoch?.(epoch, mistakes);
  }
  const rows = table.index.size;
  const features = new Int32Array(rows);
  const values = new Float32Array(rows * T);
  for (const [f, r] of table.index) {
    features[r] = f;
    for (let t = 0; t < T; t++) values[r * T + t] = table.w[r * T + t]! - table.u[r * T + t]! / step;
  }
  const transitions = new Float32Array((T + 1) * T);
  for (let k = 0; k < transitions.length; k++) transitions[k] = trans[k]! - transU[k]! / step;
  return { features, values, transitions };
}

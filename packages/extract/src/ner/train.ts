/**
 * Training of the tagger: an averaged structured perceptron (Collins 2002) over BIO tag
 * sequences, decoded with Viterbi. Token features score tags; edge features score (previous
 * tag, tag) pairs at a token. Pure and deterministic: the sentence order of each epoch comes
 * from a seeded generator, so the same data and seed give the same weights.
 */
import { viterbi } from "./decode";
import { TAG_COUNT } from "./tags";

export interface TrainingSentence {
  /** Feature ids per token. */
  features: Int32Array[];
  /** Edge feature ids per token (none when absent). */
  edges?: Int32Array[];
  /** Gold tag index per token. */
  tags: Uint8Array;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Called after each epoch (e.g. to print progress). */
  onEpoch?: (epoch: number, mistakes: number) => void;
}

export interface TrainedTable {
  features: Int32Array;
  /** features.length × width averaged weights. */
  values: Float32Array;
}

export interface TrainedWeights extends TrainedTable {
  transitions: Float32Array;
  /** Edge features, rows of (TAG_COUNT + 1) × TAG_COUNT. */
  edges: TrainedTable;
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

/** Weights being trained, with Daumé's lazy averaging: the average is w − u / steps. */
class Table {
  index = new Map<number, number>();
  w: Float64Array;
  u: Float64Array;

  constructor(readonly width: number) {
    this.w = new Float64Array(width * 1024);
    this.u = new Float64Array(width * 1024);
  }

  row(f: number, create: boolean): number {
    let r = this.index.get(f);
    if (r === undefined) {
      if (!create) return -1;
      r = this.index.size;
      this.index.set(f, r);
      if ((r + 1) * this.width > this.w.length) {
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

  /** Adds the current weights of the features to `into` at `offset`. */
  score(features: Int32Array, into: Float64Array, offset: number): void {
    for (const f of features) {
      const r = this.row(f, false);
      if (r < 0) continue;
      for (let t = 0; t < this.width; t++) into[offset + t]! += this.w[r * this.width + t]!;
    }
  }

  update(features: Int32Array, at: number, delta: number, step: number): void {
    for (const f of features) {
      const r = this.row(f, true);
      this.w[r * this.width + at]! += delta;
      this.u[r * this.width + at]! += step * delta;
    }
  }

  averaged(step: number): TrainedTable {
    const rows = this.index.size;
    const features = new Int32Array(rows);
    const values = new Float32Array(rows * this.width);
    for (const [f, r] of this.index) {
      features[r] = f;
      for (let t = 0; t < this.width; t++) values[r * this.width + t] = this.w[r * this.width + t]! - this.u[r * this.width + t]! / step;
    }
    return { features, values };
  }
}

export function trainPerceptron(data: readonly TrainingSentence[], options: TrainOptions): TrainedWeights {
  const T = TAG_COUNT;
  const E = (T + 1) * T;
  const table = new Table(T);
  const edges = new Table(E);
  const trans = new Float64Array(E);
  const transU = new Float64Array(E);
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
      const edgeFeatures = data[s]!.edges;
      const n = tags.length;
      if (!n) continue;
      const em = new Float64Array(n * T);
      for (let k = 0; k < n; k++) table.score(features[k]!, em, k * T);
      let ee: Float64Array | undefined;
      if (edgeFeatures) {
        ee = new Float64Array(n * E);
        for (let k = 0; k < n; k++) edges.score(edgeFeatures[k]!, ee, k * E);
      }
      const guess = viterbi(em, n, trans, ee);
      let wrong = false;
      for (let k = 0; k < n; k++) {
        const g = tags[k]!;
        const p = guess[k]!;
        const gPrev = k === 0 ? T : tags[k - 1]!;
        const pPrev = k === 0 ? T : guess[k - 1]!;
        if (g !== p) {
          wrong = true;
          table.update(features[k]!, g, 1, step);
          table.update(features[k]!, p, -1, step);
        }
        if (g !== p || gPrev !== pPrev) {
          trans[gPrev * T + g]! += 1;
          transU[gPrev * T + g]! += step;
          trans[pPrev * T + p]! -= 1;
          transU[pPrev * T + p]! -= step;
          if (edgeFeatures) {
            edges.update(edgeFeatures[k]!, gPrev * T + g, 1, step);
            edges.update(edgeFeatures[k]!, pPrev * T + p, -1, step);
          }
        }
      }
      if (wrong) mistakes++;
      step++;
    }
    options.onEpoch?.(epoch, mistakes);
  }
  const transitions = new Float32Array(E);
  for (let k = 0; k < E; k++) transitions[k] = trans[k]! - transU[k]! / step;
  return { ...table.averaged(step), transitions, edges: edges.averaged(step) };
}

/**
 * The sentences with the features seen in fewer than `minCount` tokens left out (token and edge
 * features counted apart): a feature seen once or twice gets a weight from those few mistakes
 * alone, which mostly fits the training data. minCount 1 keeps every feature.
 */
export function pruneRareFeatures(data: readonly TrainingSentence[], minCount: number): readonly TrainingSentence[] {
  if (minCount <= 1) return data;
  const count = (lists: (s: TrainingSentence) => readonly Int32Array[] | undefined) => {
    const n = new Map<number, number>();
    for (const s of data) for (const list of lists(s) ?? []) for (const f of list) n.set(f, (n.get(f) ?? 0) + 1);
    return n;
  };
  const tokenCounts = count((s) => s.features);
  const edgeCounts = count((s) => s.edges);
  const keep = (list: Int32Array, n: Map<number, number>) => list.filter((f) => n.get(f)! >= minCount);
  return data.map((s) => ({
    features: s.features.map((l) => keep(l, tokenCounts)),
    edges: s.edges?.map((l) => keep(l, edgeCounts)),
    tags: s.tags,
  }));
}

function averageTables(tables: readonly TrainedTable[], width: number): TrainedTable {
  const rows = new Map<number, Float32Array>();
  for (const t of tables)
    t.features.forEach((f, r) => {
      let row = rows.get(f);
      if (!row) rows.set(f, (row = new Float32Array(width)));
      for (let k = 0; k < width; k++) row[k]! += t.values[r * width + k]! / tables.length;
    });
  const features = Int32Array.from(rows.keys());
  const values = new Float32Array(features.length * width);
  let r = 0;
  for (const row of rows.values()) values.set(row, r++ * width);
  return { features, values };
}

/**
 * The mean of several trained models (the same data in other orders): a perceptron's weights
 * depend on the order it saw the sentences in, and the mean of a few orders varies less.
 */
export function averageModels(models: readonly TrainedWeights[]): TrainedWeights {
  const E = (TAG_COUNT + 1) * TAG_COUNT;
  const transitions = new Float32Array(E);
  for (const m of models) for (let k = 0; k < E; k++) transitions[k]! += m.transitions[k]! / models.length;
  return { ...averageTables(models, TAG_COUNT), transitions, edges: averageTables(models.map((m) => m.edges), E) };
}

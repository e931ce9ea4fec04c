/**
 * The committed form of a trained tagger: weights quantized to 8 bits with one scale, features
 * sorted by id and delta-coded as varints, each with a bitmask of its non-zero tags; the bytes
 * travel as base64 inside a JSON file, so the package loads the model the way it loads every
 * other data file (a JSON import, no fs, fine for the Next.js bundle).
 */
import { TAG_COUNT, TAGS } from "./tags";
import type { TrainedWeights } from "./train";
import { EDGE_WIDTH, Weights } from "./weights";

export const MODEL_FORMAT = "marsad-ner/2";

/** One table of weights: rows of `width` weights, quantized with one scale. */
export interface EncodedTable {
  /** Weight of one quantization step. */
  scale: number;
  /** Rows kept (features with at least one non-zero quantized weight). */
  features: number;
  data: string;
}

export interface EncodedModel {
  format: string;
  tags: string[];
  transitions: number[];
  /** Token features: a weight per tag. */
  tokens: EncodedTable;
  /** Edge features: a weight per (previous tag or start, tag). */
  edges: EncodedTable;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? "=" : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? "=" : B64[c & 63]!;
  }
  return out;
}

function fromBase64(s: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  const pad = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n =
      (lookup[s.charCodeAt(i)]! << 18) |
      (lookup[s.charCodeAt(i + 1)]! << 12) |
      (lookup[s.charCodeAt(i + 2)]! << 6) |
      lookup[s.charCodeAt(i + 3)]!;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/**
 * Quantizes and packs a table. `clip` is the share of weights allowed to saturate (the scale is
 * set by the largest weight below it), so a few extreme weights do not coarsen the rest; weights
 * that round to zero are dropped, which prunes the rarely useful features. A row is its feature
 * id (delta-coded varint), then which weights are non-zero — a bitmask when rows are narrow, a
 * count and indices when they are wide — then the 8-bit weights.
 */
function encodeTable(features: Int32Array, values: Float32Array, width: number, clip: number): EncodedTable {
  const abs = Float32Array.from(values, Math.abs)
    .filter((x) => x > 0)
    .sort();
  const top = abs.length ? abs[Math.min(abs.length - 1, Math.floor(abs.length * (1 - clip)))]! : 1;
  const scale = top / 127;
  const order = [...features.keys()].sort((a, b) => (features[a]! >>> 0) - (features[b]! >>> 0));
  const narrow = width <= 16;
  const bytes: number[] = [];
  let previous = 0;
  let kept = 0;
  for (const r of order) {
    const nz: [number, number][] = [];
    for (let t = 0; t < width; t++) {
      const v = Math.max(-127, Math.min(127, Math.round(values[r * width + t]! / scale)));
      if (v !== 0) nz.push([t, v]);
    }
    if (!nz.length) continue;
    kept++;
    const id = features[r]! >>> 0;
    let delta = id - previous;
    previous = id;
    do {
      const b = delta % 128;
      delta = Math.floor(delta / 128);
      bytes.push(delta > 0 ? b | 128 : b);
    } while (delta > 0);
    if (narrow) {
      const mask = nz.reduce((m, [t]) => m | (1 << t), 0);
      bytes.push(mask & 255, mask >> 8);
      for (const [, v] of nz) bytes.push(v & 255);
    } else {
      bytes.push(nz.length);
      for (const [t, v] of nz) bytes.push(t, v & 255);
    }
  }
  return { scale, features: kept, data: toBase64(Uint8Array.from(bytes)) };
}

export function encodeModel(w: TrainedWeights, clip = 0.0005): EncodedModel {
  return {
    format: MODEL_FORMAT,
    tags: [...TAGS],
    transitions: Array.from(w.transitions, (x) => Math.round(x * 1000) / 1000),
    tokens: encodeTable(w.features, w.values, TAG_COUNT, clip),
    edges: encodeTable(w.edges.features, w.edges.values, EDGE_WIDTH, clip),
  };
}

export class ModelFormatError extends Error {}

function decodeTable(m: EncodedTable, width: number): { features: Int32Array; values: Float32Array } {
  const bytes = fromBase64(m.data);
  const features = new Int32Array(m.features);
  const values = new Float32Array(m.features * width);
  const narrow = width <= 16;
  let p = 0;
  let id = 0;
  for (let r = 0; r < m.features; r++) {
    let delta = 0;
    let mul = 1;
    for (;;) {
      const b = bytes[p++]!;
      delta += (b & 127) * mul;
      mul *= 128;
      if (b < 128) break;
    }
    id += delta;
    features[r] = id | 0;
    if (narrow) {
      const mask = bytes[p]! | (bytes[p + 1]! << 8);
      p += 2;
      for (let t = 0; t < width; t++) if (mask & (1 << t)) values[r * width + t] = ((bytes[p++]! << 24) >> 24) * m.scale;
    } else {
      const count = bytes[p++]!;
      for (let c = 0; c < count; c++) {
        const t = bytes[p++]!;
        values[r * width + t] = ((bytes[p++]! << 24) >> 24) * m.scale;
      }
    }
  }
  if (p !== bytes.length) throw new ModelFormatError("NER model: data length does not match its feature count");
  return { features, values };
}

export interface DecodedModel {
  weights: Weights;
  edges: Weights;
}

export function decodeModel(m: EncodedModel): DecodedModel {
  const T = TAG_COUNT;
  if (m.format !== MODEL_FORMAT || m.tags.join(" ") !== TAGS.join(" ") || m.transitions.length !== (T + 1) * T) {
    throw new ModelFormatError(`NER model: expected format ${MODEL_FORMAT} with tags ${TAGS.join(" ")}`);
  }
  const transitions = Float32Array.from(m.transitions);
  const tokens = decodeTable(m.tokens, T);
  const edges = decodeTable(m.edges, EDGE_WIDTH);
  return { weights: new Weights(tokens.features, tokens.values, transitions), edges: new Weights(edges.features, edges.values, transitions, EDGE_WIDTH) };
}

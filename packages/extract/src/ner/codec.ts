/**
 * The committed form of a trained tagger: weights quantized to 8 bits with one scale, features
 * sorted by id and delta-coded as varints, each with a bitmask of its non-zero tags; the bytes
 * travel as base64 inside a JSON file, so the package loads the model the way it loads every
 * other data file (a JSON import, no fs, fine for the Next.js bundle).
 */
import { TAG_COUNT, TAGS } from "./tags";
import type { TrainedWeights } from "./train";
import { Weights } from "./weights";

export const MODEL_FORMAT = "marsad-ner/1";

export interface EncodedModel {
  format: string;
  tags: string[];
  /** Weight of one quantization step. */
  scale: number;
  /** Rows kept (features with at least one non-zero quantized weight). */
  features: number;
  transitions: number[];
  data: string;
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
 * Quantizes and packs trained weights. `clip` is the share of weights allowed to saturate (the
 * scale is set by the largest weight below it), so a few extreme weights do not coarsen the rest;
 * weights that round to zero are dropped, which prunes the rarely useful features.
 */
export function encodeModel(w: TrainedWeights, clip = 0.0005): EncodedModel {
  const T = TAG_COUNT;
  const abs = Float32Array.from(w.values, Math.abs)
    .filter((x) => x > 0)
    .sort();
  const top = abs.length ? abs[Math.min(abs.length - 1, Math.floor(abs.length * (1 - clip)))]! : 1;
  const scale = top / 127;
  const order = [...w.features.keys()].sort((a, b) => (w.features[a]! >>> 0) - (w.features[b]! >>> 0));
  const bytes: number[] = [];
  let previous = 0;
  let kept = 0;
  for (const r of order) {
    const q: number[] = [];
    let mask = 0;
    for (let t = 0; t < T; t++) {
      const v = Math.max(-127, Math.min(127, Math.round(w.values[r * T + t]! / scale)));
      if (v !== 0) {
        mask |= 1 << t;
        q.push(v);
      }
    }
    if (!mask) continue;
    kept++;
    const id = w.features[r]! >>> 0;
    let delta = id - previous;
    previous = id;
    do {
      const b = delta % 128;
      delta = Math.floor(delta / 128);
      bytes.push(delta > 0 ? b | 128 : b);
    } while (delta > 0);
    bytes.push(mask & 255, mask >> 8);
    for (const v of q) bytes.push(v & 255);
  }
  return {
    format: MODEL_FORMAT,
    tags: [...TAGS],
    scale,
    features: kept,
    transitions: Array.from(w.transitions, (x) => Math.round(x * 1000) / 1000),
    data: toBase64(Uint8Array.from(bytes)),
  };
}

export class ModelFormatError extends Error {}

export function decodeModel(m: EncodedModel): Weights {
  const T = TAG_COUNT;
  if (
    m.format !== MODEL_FORMAT ||
    m.tags.join(" ") !== TAGS.join(" ") ||
    m.transitions.length !== (T + 1) * T
  ) {
    throw new ModelFormatError(`NER model: expected format ${MODEL_FORMAT} with tags ${TAGS.join(" ")}`);
  }
  const bytes = fromBase64(m.data);
  const features = new Int32Array(m.features);
  const values = new Float32Array(m.features * T);
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
    const mask = bytes[p]! | (bytes[p + 1]! << 8);
    p += 2;
    for (let t = 0; t < T; t++)
      if (mask & (1 << t)) values[r * T + t] = ((bytes[p++]! << 24) >> 24) * m.scale;
  }
  if (p !== bytes.length)
    throw new ModelFormatError("NER model: data length does not match its feature count");
  return new Weights(features, values, Float32Array.from(m.transitions));
}

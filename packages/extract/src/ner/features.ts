/**
 * Features of each token for the tagger, as hashed integers: the word's own features (printed
 * form, bare form without proclitics, stem, the proclitics taken off, letter prefixes and
 * suffixes, shape) are computed once per distinct word and cached; the context features (bare
 * neighbours at ±2, the previous printed word, bigrams, and the cues of the neighbours) are
 * mixed in per position. The previous tag is the model's transition weights, not a feature.
 */
import type { Token } from "../text/tokens";
import { hashString, mix } from "./hash";
import { wordForms } from "./word-forms";

interface WordRecord {
  /** Features that depend on the word alone. */
  own: Int32Array;
  /** Hash of the bare form (neighbour features). */
  bare: number;
  /** Hash of the printed (folded) form. */
  key: number;
}

const CACHE_LIMIT = 100_000;
const words = new Map<string, WordRecord>();

function shapeOf(t: Pick<Token, "kind" | "arabic" | "capital" | "text">): string {
  if (t.kind === "num") return "num";
  if (t.kind === "punct") return `p${t.text}`;
  if (t.arabic) return "ar";
  if (t.capital) return t.text.length > 1 && t.text === t.text.toUpperCase() ? "LAT" : "Lat";
  return "lat";
}

function wordRecord(t: Pick<Token, "key" | "kind" | "arabic" | "capital" | "text">): WordRecord {
  const cacheKey = t.kind === "word" && !t.arabic ? `${t.capital ? "C" : "c"}${t.key}` : t.key;
  let r = words.get(cacheKey);
  if (r) return r;
  const f = wordForms(t.key);
  const k = t.key;
  const feats = [
    "bias",
    `w=${k}`,
    `b=${f.bare}`,
    `st=${f.stem}`,
    `cl=${f.clitic}`,
    `sh=${shapeOf(t)}`,
    `len=${Math.min(f.bare.length, 8)}`,
    `p2=${f.bare.slice(0, 2)}`,
    `p3=${f.bare.slice(0, 3)}`,
    `p4=${f.bare.slice(0, 4)}`,
    `x1=${k.slice(-1)}`,
    `x2=${k.slice(-2)}`,
    `x3=${k.slice(-3)}`,
    `x4=${k.slice(-4)}`,
    `kp2=${k.slice(0, 2)}`,
    `kp3=${k.slice(0, 3)}`,
  ];
  r = { own: Int32Array.from(feats, hashString), bare: hashString(f.bare), key: hashString(k) };
  if (words.size >= CACHE_LIMIT) words.clear();
  words.set(cacheKey, r);
  return r;
}

// Salts of the context templates.
const S_BARE = [0x101, 0x102, 0x103, 0x104, 0x105]; // bare word at -2 … +2 (index 2 unused)
const S_KEY_PREV = 0x201;
const S_BIGRAM_PREV = 0x202;
const S_BIGRAM_NEXT = 0x203;
const S_CUE = [0x300, 0x301, 0x302, 0x303, 0x304]; // cues at -2 … +2
const S_CUE_PAIR = 0x305;
const BOUNDARY = hashString("<s>");

/**
 * Feature ids of every token of a sentence (tokens `first`…`last - 1` of the array, neighbours
 * outside that range read as the sentence boundary). `cues` holds the cue hashes per token of
 * the whole array.
 */
export function sentenceFeatures(tokens: readonly Token[], first: number, last: number, cues: readonly number[][]): Int32Array[] {
  const recs: WordRecord[] = [];
  for (let k = first; k < last; k++) recs.push(wordRecord(tokens[k]!));
  const n = last - first;
  const bareAt = (j: number) => (j < 0 || j >= n ? BOUNDARY : recs[j]!.bare);
  const out: Int32Array[] = [];
  const buf: number[] = [];
  for (let j = 0; j < n; j++) {
    buf.length = 0;
    const r = recs[j]!;
    for (const f of r.own) buf.push(f);
    for (let d = -2; d <= 2; d++) if (d !== 0) buf.push(mix(bareAt(j + d), S_BARE[d + 2]!));
    buf.push(mix(j > 0 ? recs[j - 1]!.key : BOUNDARY, S_KEY_PREV));
    buf.push(mix(mix(bareAt(j - 1), r.bare), S_BIGRAM_PREV));
    buf.push(mix(mix(r.bare, bareAt(j + 1)), S_BIGRAM_NEXT));
    for (let d = -2; d <= 2; d++) {
      const at = j + d;
      if (at < 0 || at >= n) continue;
      for (const c of cues[first + at]!) buf.push(mix(c, S_CUE[d + 2]!));
    }
    // The cue of the word before together with this word's bare form ("قال" + name, "نظيره" + name).
    if (j > 0) for (const c of cues[first + j - 1]!) buf.push(mix(mix(c, r.bare), S_CUE_PAIR));
    out.push(Int32Array.from(buf));
  }
  return out;
}

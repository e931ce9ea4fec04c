/**
 * Features of each token for the tagger, as hashed integers: the word's own features (printed
 * form, bare form without proclitics, stem, the proclitics taken off, letter prefixes and
 * suffixes, shape) are computed once per distinct word and cached; the context features (bare
 * neighbours at ±2, the previous printed word, bigrams, and the cues of the neighbours) are
 * mixed in per position. The previous tag is the model's transition weights, not a feature.
 */
import { formMemo, formMemoSlot, setFormMemo, type Token } from "../text/tokens";
import { hashString, mix } from "./hash";
import type { TokenCues } from "./cues";
import { isStopToken } from "../persons/vocabulary";
import { wordForms } from "./word-forms";

export interface WordRecord {
  /** Cache key (the folded word, with its case for Latin words). */
  id: string;
  /** Features that depend on the word alone. */
  own: Int32Array;
  /** The word's features when it stands at offset -2, -1, +1, +2 of the token being read. */
  asNeighbour: Int32Array[];
  /** The word's feature as the printed word right before the token being read. */
  asPrevious: number;
  /** Hash of the bare form (bigrams and cue pairs). */
  bare: number;
  /** Edge features of the word: its proclitics, shape and last two letters. */
  edge: Int32Array;
  /** Whether the document features follow the word (a word of two letters or more, not a stop word). */
  documentWord: boolean;
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

// A record depends on the printed form alone: kept with the form, it costs no look-up per token.
const RECORD_SLOT = formMemoSlot();

export function wordRecord(t: Pick<Token, "key" | "kind" | "arabic" | "capital" | "text" | "memo">): WordRecord {
  const kept = formMemo(t, RECORD_SLOT) as WordRecord | undefined;
  if (kept) return kept;
  const r = recordOfWord(t);
  setFormMemo(t, RECORD_SLOT, r);
  return r;
}

function recordOfWord(t: Pick<Token, "key" | "kind" | "arabic" | "capital" | "text">): WordRecord {
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
  r = recordOf(cacheKey, Int32Array.from(feats, hashString), hashString(f.bare), hashString(k), Int32Array.from([`e:cl=${f.clitic}`, `e:sh=${shapeOf(t)}`, `e:x2=${k.slice(-2)}`, `e:b=${f.bare}`], hashString), t.kind === "word" && t.key.length >= 2 && !isStopToken(t as Token));
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
const S_EDGE_CUE = 0x306;
const BOUNDARY = hashString("<s>");
/** Offsets of the neighbour features, in the order of `asNeighbour`. */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;

function recordOf(id: string, own: Int32Array, bare: number, key: number, edge: Int32Array, documentWord = false): WordRecord {
  const asNeighbour = NEIGHBOUR_OFFSETS.map((d) => Int32Array.of(mix(bare, S_BARE[d + 2]!)));
  return { id, own, asNeighbour, asPrevious: mix(key, S_KEY_PREV), bare, edge, documentWord };
}

/** What stands beyond the ends of a sentence. */
export const BOUNDARY_RECORD: WordRecord = recordOf("<s>", new Int32Array(0), BOUNDARY, BOUNDARY, new Int32Array(0));

/** The records of tokens first…last-1. */
export function sentenceRecords(tokens: readonly Token[], first: number, last: number): WordRecord[] {
  const recs: WordRecord[] = [];
  for (let k = first; k < last; k++) recs.push(wordRecord(tokens[k]!));
  return recs;
}

/** Features of token j that depend on more than one word: bigrams, cues of the window, cue + word. */
export function contextFeatures(recs: readonly WordRecord[], j: number, cues: TokenCues, first: number, use: (feature: number) => void): void {
  pairFeatures(recs, j, cues, first, use);
  const from = Math.max(0, j - 2);
  const to = Math.min(recs.length - 1, j + 2);
  for (let at = from; at <= to; at++) {
    const list = cues[first + at]!;
    for (let c = 0; c < list.length; c++) use(windowCueFeature(list[c]!, at - j));
  }
}

/** The feature of a cue standing at `offset` (-2 … +2) from the token being read. */
export function windowCueFeature(cue: number, offset: number): number {
  return mix(cue, S_CUE[offset + 2]!);
}

/** The context features of token j that join two words: the bigrams, and the previous word's cues with this word. */
export function pairFeatures(recs: readonly WordRecord[], j: number, cues: TokenCues, first: number, use: (feature: number) => void): void {
  const n = recs.length;
  const bare = recs[j]!.bare;
  use(bigramBeforeFeature(j > 0 ? recs[j - 1]!.bare : BOUNDARY, bare));
  use(bigramAfterFeature(bare, j + 1 < n ? recs[j + 1]!.bare : BOUNDARY));
  // The cue of the word before together with this word's bare form ("قال" + name, "نظيره" + name).
  if (j > 0) {
    const list = cues[first + j - 1]!;
    for (let c = 0; c < list.length; c++) use(cuePairFeature(list[c]!, bare));
  }
}

/** The bigram feature of a token (bare form `bare`) with the word before it. */
export function bigramBeforeFeature(before: number, bare: number): number {
  return mix(mix(before, bare), S_BIGRAM_PREV);
}

/** The bigram feature of a token (bare form `bare`) with the word after it. */
export function bigramAfterFeature(bare: number, after: number): number {
  return mix(mix(bare, after), S_BIGRAM_NEXT);
}

/** The feature of a cue of the previous word together with this word's bare form. */
export function cuePairFeature(cue: number, bare: number): number {
  return mix(mix(cue, bare), S_CUE_PAIR);
}

/** The edge feature of one cue of the token. */
export function edgeCueFeature(cue: number): number {
  return mix(cue, S_EDGE_CUE);
}

/**
 * Edge features of token j: what decides how its tag follows the previous one — its proclitics
 * ("و" opens a new name after a name), shape, last letters and cues (a role head or a common
 * word ends a name). Each has a weight per (previous tag, tag) pair.
 */
export function edgeFeatures(recs: readonly WordRecord[], j: number, cues: TokenCues, first: number, use: (feature: number) => void): void {
  const e = recs[j]!.edge;
  for (let k = 0; k < e.length; k++) use(e[k]!);
  edgeCueFeatures(cues[first + j]!, use);
}

/** The edge features of a token's cues (the rest of its edge features are its word's). */
export function edgeCueFeatures(list: readonly number[], use: (feature: number) => void): void {
  for (let c = 0; c < list.length; c++) use(edgeCueFeature(list[c]!));
}

/** Edge feature ids of every token of a sentence (training). */
export function sentenceEdgeFeatures(tokens: readonly Token[], first: number, last: number, cues: TokenCues): Int32Array[] {
  const recs = sentenceRecords(tokens, first, last);
  const buf: number[] = [];
  const push = (f: number) => void buf.push(f);
  return recs.map((_, j) => {
    buf.length = 0;
    edgeFeatures(recs, j, cues, first, push);
    return Int32Array.from(buf);
  });
}

/**
 * Feature ids of every token of a sentence (tokens `first`…`last - 1` of the array, neighbours
 * outside that range read as the sentence boundary). `cues` holds the cue hashes per token of
 * the whole array; `doc`, when given, the document features per token of the whole array
 * (doc-features.ts). (Inference sums the same features through per-word caches: emissions.ts.)
 */
export function sentenceFeatures(tokens: readonly Token[], first: number, last: number, cues: TokenCues, doc?: readonly Int32Array[]): Int32Array[] {
  const recs = sentenceRecords(tokens, first, last);
  const n = recs.length;
  const at = (i: number) => (i < 0 || i >= n ? BOUNDARY_RECORD : recs[i]!);
  const out: Int32Array[] = [];
  const buf: number[] = [];
  const push = (f: number) => void buf.push(f);
  for (let j = 0; j < n; j++) {
    buf.length = 0;
    for (const f of recs[j]!.own) buf.push(f);
    NEIGHBOUR_OFFSETS.forEach((d, i) => {
      for (const f of at(j + d).asNeighbour[i]!) buf.push(f);
    });
    buf.push(at(j - 1).asPrevious);
    contextFeatures(recs, j, cues, first, push);
    if (doc) for (const f of doc[first + j]!) buf.push(f);
    out.push(Int32Array.from(buf));
  }
  return out;
}

/**
 * Inference: the entity spans the trained model reads in a run of tokens, sentence by sentence,
 * each with a confidence (the smallest margin of its tags over "O" in the emission scores).
 */
import type { PlaceHit } from "../places/gazetteer";
import type { Token } from "../text/tokens";
import { tokenCues, type NameLexicon } from "./cues";
import { viterbi } from "./decode";
import { documentFeatures, documentScores } from "./doc-features";
import { isScratchRow, sentenceEmissions } from "./emissions";
import { sentenceRecords } from "./features";
import { CONSISTENCY_BONUS, disagrees, noteTypes, pushScores, type TypedWords } from "./consistency";
import { TAG_COUNT, typeOf, isInside, type EntitySpan } from "./tags";
import { EDGE_WIDTH, type Weights } from "./weights";

export interface Tagger {
  weights: Weights;
  /** Edge weights (previous tag × tag per edge feature); null for a model without them. */
  edges: Weights | null;
  names: NameLexicon;
}

export interface TaggedSpan extends EntitySpan {
  confidence: number;
  /** The margin of its last word's tag over "O" (set by tagSpans): low when only the name before carried it in. */
  lastMargin?: number;
}

export interface TagRequest {
  tokens: readonly Token[];
  text: string;
  /** Token ranges [first, last) decoded one at a time (sentences). */
  ranges: readonly { first: number; last: number }[];
  /** Place hits per token when the caller already has them. */
  placeAt?: readonly (PlaceHit | undefined)[];
}

/**
 * Score buffers kept across calls (tagging is synchronous) and grown as needed: made per document
 * they were a steady stream of large typed arrays for the collector.
 */
interface Scratch {
  doc: Float32Array;
  em: Float32Array;
  /** Edge scores, a row per token (emissions.ts). */
  ee: Float32Array[];
  tags: Uint8Array;
  /** The first reading's emission scores of every token of the document, kept for the second. */
  emAll: Float32Array;
  /** The first reading's edge rows of every token (scratch rows copied into `copies`). */
  rowsAll: Float32Array[];
  copies: Float32Array[];
  /** Per token of a sentence: the B tag index the document's bonus went to (consistency.ts). */
  pushed: Uint8Array;
  /** The first reading's tags of every token of the document. */
  first: Uint8Array;
}
let buffers: Scratch = { doc: new Float32Array(0), em: new Float32Array(0), ee: [], tags: new Uint8Array(0), emAll: new Float32Array(0), rowsAll: [], copies: [], pushed: new Uint8Array(0), first: new Uint8Array(0) };

// Documents longer than this get buffers of their own, so one huge article does not stay in memory.
const KEEP_TOKENS = 20_000;

function scratch(tokens: number, longest: number): Scratch {
  const T = TAG_COUNT;
  if (tokens > KEEP_TOKENS)
    return { doc: new Float32Array(tokens * T), em: new Float32Array(longest * T), ee: [], tags: new Uint8Array(longest), emAll: new Float32Array(tokens * T), rowsAll: [], copies: [], pushed: new Uint8Array(longest), first: new Uint8Array(tokens) };
  if (buffers.doc.length < tokens * T) buffers = { ...buffers, doc: new Float32Array(tokens * T * 2), emAll: new Float32Array(tokens * T * 2), first: new Uint8Array(tokens * 2) };
  if (buffers.tags.length < longest)
    buffers = { ...buffers, em: new Float32Array(longest * T * 2), tags: new Uint8Array(longest * 2), pushed: new Uint8Array(longest * 2) };
  return buffers;
}

export function tagSpans(tagger: Tagger, req: TagRequest): TaggedSpan[] {
  const cues = tokenCues(req.tokens, req.text, tagger.names, req.placeAt);
  const records = sentenceRecords(req.tokens, 0, req.tokens.length);
  const longest = req.ranges.reduce((m, r) => Math.max(m, r.last - r.first), 0);
  const buf = scratch(req.tokens.length, longest);
  const doc = documentScores(tagger.weights, documentFeatures(req.tokens, cues, records), req.tokens.length, buf.doc);
  // Every score of a sentence's first n rows is written before it is read, and nothing reads past them.
  const { em, tags, pushed } = buf;
  const ee = tagger.edges ? buf.ee : undefined;
  const first = buf.first;
  // First reading: every sentence's tags and spans, and the type the document gives each word.
  const typed: TypedWords = new Map();
  const bySentence: TaggedSpan[][] = [];
  for (const r of req.ranges) {
    const n = r.last - r.first;
    const spans: TaggedSpan[] = [];
    bySentence.push(spans);
    if (n <= 0) continue;
    sentenceEmissions(tagger.weights, req.tokens, r.first, r.last, cues, em, tagger.edges, ee, doc, records);
    viterbi(em, n, tagger.weights.transitions, ee, tags);
    first.set(tags.subarray(0, n), r.first);
    keep(buf, r.first, n, ee);
    spansOfSentence(tags, em, r.first, n, null, spans);
    noteTypes(typed, records, spans);
  }
  // Second reading of the sentences where a word's type differs from the document's.
  req.ranges.forEach((r, i) => {
    const n = r.last - r.first;
    if (n <= 0 || !disagrees(typed, records, r.first, first.subarray(r.first, r.last), n)) return;
    em.set(buf.emAll.subarray(r.first * TAG_COUNT, r.last * TAG_COUNT));
    pushScores(typed, records, r.first, n, em, pushed);
    viterbi(em, n, tagger.weights.transitions, ee ? buf.rowsAll.slice(r.first, r.last) : undefined, tags);
    const spans: TaggedSpan[] = [];
    spansOfSentence(tags, em, r.first, n, pushed, spans);
    bySentence[i] = spans;
  });
  return bySentence.flat();
}

/** Keeps a sentence's first-reading scores (tokens first… of the document) for a second reading. */
function keep(buf: Scratch, first: number, n: number, ee: Float32Array[] | undefined): void {
  buf.emAll.set(buf.em.subarray(0, n * TAG_COUNT), first * TAG_COUNT);
  if (!ee) return;
  for (let k = 0; k < n; k++) {
    const row = ee[k]!;
    if (!isScratchRow(row)) {
      buf.rowsAll[first + k] = row;
      continue;
    }
    const copy = (buf.copies[first + k] ??= new Float32Array(EDGE_WIDTH));
    copy.set(row);
    buf.rowsAll[first + k] = copy;
  }
}

/**
 * The spans of a sentence's tags, each with its confidence: the smallest margin of its tags over
 * "O", without the document's bonus (`pushed`: the B tag index each token's bonus went to).
 */
function spansOfSentence(tags: Uint8Array, em: Float32Array, first: number, n: number, pushed: Uint8Array | null, out: TaggedSpan[]): void {
  const T = TAG_COUNT;
  let open: TaggedSpan | null = null;
  for (let k = 0; k < n; k++) {
    const tag = tags[k]!;
    const type = typeOf(tag);
    const p = pushed ? pushed[k]! : 0;
    const margin = em[k * T + tag]! - em[k * T]! - (p && (tag === p || tag === p + 1) ? CONSISTENCY_BONUS : 0);
    if (type && isInside(tag) && open && open.type === type) {
      open.last = first + k;
      open.confidence = Math.min(open.confidence, margin);
      open.lastMargin = margin;
      continue;
    }
    open = type ? { type, first: first + k, last: first + k, confidence: margin, lastMargin: margin } : null;
    if (open) out.push(open);
  }
}

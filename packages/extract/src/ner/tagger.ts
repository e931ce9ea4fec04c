/**
 * Inference: the entity spans the trained model reads in a run of tokens, sentence by sentence,
 * each with a confidence (the smallest margin of its tags over "O" in the emission scores).
 */
import type { PlaceHit } from "../gazetteer";
import type { Token } from "../text/tokens";
import { tokenCues, type NameLexicon } from "./cues";
import { viterbi } from "./decode";
import { documentFeatures, documentScores } from "./doc-features";
import { sentenceEmissions } from "./emissions";
import { sentenceRecords } from "./features";
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
}

export interface TagRequest {
  tokens: readonly Token[];
  text: string;
  /** Token ranges [first, last) decoded one at a time (sentences). */
  ranges: readonly { first: number; last: number }[];
  /** Place hits per token when the caller already has them. */
  placeAt?: readonly (PlaceHit | undefined)[];
}

export function tagSpans(tagger: Tagger, req: TagRequest): TaggedSpan[] {
  const cues = tokenCues(req.tokens, req.text, tagger.names, req.placeAt);
  const records = sentenceRecords(req.tokens, 0, req.tokens.length);
  const doc = documentScores(tagger.weights, documentFeatures(req.tokens, cues, records), req.tokens.length);
  const out: TaggedSpan[] = [];
  const T = TAG_COUNT;
  // One set of buffers for the longest sentence, reused: every score of a sentence's first n rows
  // is written before it is read, and nothing reads past them.
  const longest = req.ranges.reduce((m, r) => Math.max(m, r.last - r.first), 0);
  const em = new Float32Array(longest * T);
  const ee = tagger.edges ? new Float32Array(longest * EDGE_WIDTH) : undefined;
  const tags = new Uint8Array(longest);
  for (const { first, last } of req.ranges) {
    const n = last - first;
    if (n <= 0) continue;
    sentenceEmissions(tagger.weights, req.tokens, first, last, cues, em, tagger.edges, ee, doc, records);
    viterbi(em, n, tagger.weights.transitions, ee, tags);
    let open: TaggedSpan | null = null;
    for (let k = 0; k < n; k++) {
      const tag = tags[k]!;
      const type = typeOf(tag);
      const margin = em[k * T + tag]! - em[k * T]!;
      if (type && isInside(tag) && open && open.type === type) {
        open.last = first + k;
        open.confidence = Math.min(open.confidence, margin);
        continue;
      }
      open = type ? { type, first: first + k, last: first + k, confidence: margin } : null;
      if (open) out.push(open);
    }
  }
  return out;
}

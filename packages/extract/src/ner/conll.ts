/**
 * CoNLL token files (one "token TAG" or "token" per line, a blank line between sentences) and the
 * bridge between their tokens and the package's tokens: a sentence is printed with single spaces,
 * tokenized like any article, and every package token remembers the input token it came from
 * (ANERcorp keeps some punctuation attached, e.g. "أ)", which the package splits).
 */
import { tokenize, type Token } from "../text/tokens";
import { spansOf, tagsOf, type EntitySpan } from "./tags";

export interface ConllSentence {
  tokens: string[];
  /** Tags when the file carries them (second column), else null. */
  tags: string[] | null;
}

export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  const flush = () => {
    if (cur.tokens.length) out.push(cur);
    cur = { tokens: [], tags: [] };
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const parts = line.split(/\s+/);
    cur.tokens.push(parts[0]!);
    if (parts.length > 1) cur.tags?.push(parts[parts.length - 1]!);
    else cur.tags = null;
  }
  flush();
  for (const s of out) if (s.tags && s.tags.length !== s.tokens.length) s.tags = null;
  return out;
}

export interface AlignedSentence {
  text: string;
  tokens: Token[];
  /** Input token index of each package token. */
  source: number[];
  /** Offset of each input token in `text`. */
  starts: number[];
}

export function alignSentence(words: readonly string[]): AlignedSentence {
  const starts: number[] = [];
  let text = "";
  for (const w of words) {
    if (text) text += " ";
    starts.push(text.length);
    text += w;
  }
  const tokens = tokenize(text);
  const source: number[] = [];
  let w = 0;
  for (const t of tokens) {
    while (w + 1 < starts.length && starts[w + 1]! <= t.start) w++;
    source.push(w);
  }
  return { text, tokens, source, starts };
}

/** Tags on the package tokens from tags on the input tokens (an entity covers every piece of its words). */
export function toPackageTags(a: AlignedSentence, inputTags: readonly string[]): string[] {
  const spans = spansOf(inputTags).map((s) => ({
    type: s.type,
    first: a.source.indexOf(s.first),
    last: a.source.lastIndexOf(s.last),
  }));
  return tagsOf(
    spans.filter((s) => s.first >= 0 && s.last >= s.first),
    a.tokens.length,
  );
}

/** Tags on the input tokens from entity spans over package tokens (an input word is in an entity when any piece of it is). */
export function toInputTags(a: AlignedSentence, spans: readonly EntitySpan[], inputLength: number): string[] {
  return tagsOf(
    spans
      .map((s) => ({ type: s.type, first: a.source[s.first]!, last: a.source[s.last]! }))
      .filter((s, i, all) => i === 0 || s.first > all[i - 1]!.last),
    inputLength,
  );
}

/**
 * Consecutive sentences of a CoNLL file read as one document (the file marks no article
 * boundaries, and neighbouring sentences mostly tell the same story): their words aligned as one
 * run, with the package-token range of each sentence, so the tagger's document features see how
 * a word stands elsewhere in the block.
 */
export interface AlignedBlock extends AlignedSentence {
  /** Package-token range [first, last) of each sentence. */
  ranges: { first: number; last: number }[];
  /** Index of each sentence's first word in the block's words. */
  wordStarts: number[];
}

/** How many sentences of a CoNLL file make one document for the tagger. */
export const CONLL_BLOCK = 16;

export function alignBlock(sentences: readonly (readonly string[])[]): AlignedBlock {
  const wordStarts: number[] = [];
  const words: string[] = [];
  for (const s of sentences) {
    wordStarts.push(words.length);
    words.push(...s);
  }
  const a = alignSentence(words);
  const ranges = wordStarts.map((start, k) => {
    const end = k + 1 < wordStarts.length ? wordStarts[k + 1]! : words.length;
    let first = 0;
    while (first < a.source.length && a.source[first]! < start) first++;
    let last = first;
    while (last < a.source.length && a.source[last]! < end) last++;
    return { first, last };
  });
  return { ...a, ranges, wordStarts };
}

/** Tags on each sentence's input words from entity spans over a block's package tokens. */
export function toBlockTags(b: AlignedBlock, spans: readonly EntitySpan[]): string[][] {
  const total = b.source.length ? b.source[b.source.length - 1]! + 1 : 0;
  const words = Math.max(total, b.starts.length);
  const tags = toInputTags(b, spans, words);
  return b.wordStarts.map((start, k) => tags.slice(start, k + 1 < b.wordStarts.length ? b.wordStarts[k + 1]! : words));
}

/** The sentences of a CoNLL file in blocks of `size` (the documents the tagger reads). */
export function blocksOf<T>(sentences: readonly T[], size = CONLL_BLOCK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < sentences.length; i += size) out.push(sentences.slice(i, i + size));
  return out;
}

/**
 * Document features: how the same word stands elsewhere in the document. A name is often
 * introduced once with what marks it ("حزب الليكود", "رئيس الوزراء ايهود اولمرت", "شركة سياك") and
 * then written alone; these features carry, to every other occurrence of the word (by its bare
 * form), the cues and the bare words that stood right before and after it there, and the cues it
 * had itself (a gazetteer phrase it began). What only the token's own occurrence says is left
 * out, so the features say what the rest of the document adds. Computed once per document, for
 * training (a feature list per token) and inference (scored once per word of the document).
 */
import type { Token } from "../text/tokens";
import { sentenceRecords, type WordRecord } from "./features";
import { hashString, mix } from "./hash";
import type { TokenCues } from "./cues";
import { TAG_COUNT } from "./tags";
import type { Weights } from "./weights";

// Salts of the document templates.
const S_PREV_CUE = 0x401;
const S_NEXT_CUE = 0x402;
const S_PREV_BARE = 0x403;
const S_NEXT_BARE = 0x404;
const S_SELF_CUE = 0x405;
const REPEATED = hashString("doc:repeated");

const NONE = new Int32Array(0);

/** The occurrences of one word in a document and what they say. */
export interface DocumentWord {
  /** Token indices of the occurrences. */
  at: number[];
  /** Every feature some occurrence says (and "repeated"). */
  union: Int32Array;
  /** Per occurrence: the features only it says (left out of its own features). */
  only: Int32Array[];
}

export interface DocumentFeatures {
  /** Words seen at least twice (stop words, numbers and punctuation aside). */
  words: DocumentWord[];
}

/**
 * The document features of a token array; `cues` holds the cue hashes per token (tokenCues),
 * `records` the word records of every token when the caller has them.
 */
export function documentFeatures(tokens: readonly Token[], cues: TokenCues, records: readonly WordRecord[] = sentenceRecords(tokens, 0, tokens.length)): DocumentFeatures {
  const n = tokens.length;
  // Occurrences of each bare form as a chain (first → next → …), so words seen once cost no list;
  // `head` is the first occurrence of each token's word (-1: no document word), one table for all.
  const last = tableFor("last", n);
  last.values.fill(-1);
  const next = new Int32Array(n).fill(-1);
  const head = new Int32Array(n).fill(-1);
  const seen = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    if (!r.documentWord) continue;
    const slot = last.slotOf(r.bare);
    const before = last.values[slot]!;
    if (before < 0) head[i] = i;
    else {
      next[before] = i;
      head[i] = head[before]!;
    }
    last.values[slot] = i;
    seen[head[i]!]!++;
  }
  const words: DocumentWord[] = [];
  // How many occurrences of the word say each feature, and the slots of the features in the order
  // first said (the order their weights are summed in).
  let counts = kept.counts;
  const order: number[] = [];
  // What each occurrence of a word says, one run per occurrence in a shared buffer.
  const said: number[] = [];
  const ends: number[] = [];
  const say = (f: number, from: number) => {
    for (let k = from; k < said.length; k++) if (said[k] === f) return;
    said.push(f);
    const slot = counts.slotOf(f);
    if (counts.values[slot]! < 0) {
      counts.values[slot] = 0;
      order.push(slot);
    }
    counts.values[slot]!++;
  };
  // The counts table is left empty after each word (only its taken slots are cleared).
  // Words in the order of their first occurrence.
  for (let h = 0; h < n; h++) {
    if (head[h] !== h || seen[h]! < 2) continue;
    const at: number[] = [];
    for (let i = h; i >= 0; i = next[i]!) at.push(i);
    let most = 0;
    for (const j of at) most += (j > 0 ? cues[j - 1]!.length + 1 : 0) + (j + 1 < n ? cues[j + 1]!.length + 1 : 0) + cues[j]!.length;
    counts = tableFor("counts", most);
    order.length = 0;
    said.length = 0;
    ends.length = 0;
    for (const j of at) {
      const from = said.length;
      if (j > 0) {
        const list = cues[j - 1]!;
        for (let c = 0; c < list.length; c++) say(mix(list[c]!, S_PREV_CUE), from);
        say(mix(records[j - 1]!.bare, S_PREV_BARE), from);
      }
      if (j + 1 < n) {
        const list = cues[j + 1]!;
        for (let c = 0; c < list.length; c++) say(mix(list[c]!, S_NEXT_CUE), from);
        say(mix(records[j + 1]!.bare, S_NEXT_BARE), from);
      }
      const list = cues[j]!;
      for (let c = 0; c < list.length; c++) say(mix(list[c]!, S_SELF_CUE), from);
      ends.push(said.length);
    }
    const union = new Int32Array(order.length + 1);
    union[0] = REPEATED;
    for (let u = 0; u < order.length; u++) union[u + 1] = counts.keys[order[u]!]!;
    const only = at.map((_, k) => {
      let mine: number[] | null = null;
      for (let x = k ? ends[k - 1]! : 0; x < ends[k]!; x++) if (counts.values[counts.slotOf(said[x]!)] === 1) (mine ??= []).push(said[x]!);
      return mine ? Int32Array.from(mine) : NONE;
    });
    words.push({ at, union, only });
    // Emptied for the next word (and document): only the slots taken.
    for (const slot of order) counts.values[slot] = -1;
  }
  return { words };
}

/**
 * A table from 32-bit hashes (bare forms, features) to a number, open addressing in typed arrays:
 * a Map would box about half of the hashes. Kept across documents and cleared for each.
 */
interface HashTable {
  keys: Int32Array;
  /** The number per slot; -1 marks an empty slot. */
  values: Int32Array;
  /** The slot of a key: its own, or the empty one it is to take. */
  slotOf: (key: number) => number;
}

function makeTable(size: number): HashTable {
  const keys = new Int32Array(size);
  const values = new Int32Array(size).fill(-1);
  const mask = size - 1;
  const slotOf = (key: number): number => {
    let s = key & mask;
    while (values[s]! >= 0 && keys[s] !== key) s = (s + 1) & mask;
    keys[s] = key;
    return s;
  };
  return { keys, values, slotOf };
}

// Documents longer than this get tables of their own, so one huge article does not stay in memory.
const KEEP_TOKENS = 20_000;
const kept = { last: makeTable(1024), counts: makeTable(1024) };

/**
 * A table with room for `keys` keys (at least half its slots stay empty): the kept one `name`, as
 * its last user left it, or a new empty one.
 */
function tableFor(name: keyof typeof kept, keys: number): HashTable {
  const table = kept[name];
  let size = table.values.length;
  while (size < 2 * keys) size *= 2;
  if (keys > KEEP_TOKENS) return makeTable(size);
  if (size === table.values.length) return table;
  return (kept[name] = makeTable(size));
}

/** The document feature ids of every token (empty for tokens of no repeated word): training. */
export function documentFeatureLists(doc: DocumentFeatures, length: number): Int32Array[] {
  const out = new Array<Int32Array>(length).fill(NONE);
  for (const w of doc.words)
    w.at.forEach((i, k) => {
      const only = w.only[k]!;
      out[i] = only.length ? w.union.filter((f) => !only.includes(f)) : w.union;
    });
  return out;
}

/**
 * The document features' part of the emission scores of every token (n × TAG_COUNT): the union
 * of a word is scored once, and each occurrence takes off the few features only it says.
 */
export function documentScores(
  weights: Weights,
  doc: DocumentFeatures,
  length: number,
  /** A buffer of at least length × TAG_COUNT to write into (cleared first); a new array when absent. */
  into?: Float32Array,
): Float32Array {
  const T = TAG_COUNT;
  const out = into ? into.fill(0, 0, length * T) : new Float32Array(length * T);
  const union = new Float32Array(T);
  for (const w of doc.words) {
    union.fill(0);
    weights.emit(w.union, union, 0);
    for (let k = 0; k < w.at.length; k++) {
      const o = w.at[k]! * T;
      out.set(union, o);
      const only = w.only[k]!;
      if (only.length) weights.subtract(only, out, o);
    }
  }
  return out;
}

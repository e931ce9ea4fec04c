import { dictionaryBit, markFirstWord, mayStartAtIndex, nextPossibleStart } from "./phrase-starts";
import { tokenReadings, tokenize, type Token } from "./tokens";

/**
 * A dictionary of multi-word phrases matched token by token (longest match wins). Used for ranks,
 * role heads, organization heads, event cues and topic cues. Matching never backtracks more than
 * the length of the longest phrase, so it is linear in the text.
 */
export interface PhraseMatch<V> {
  value: V;
  /** First and last token (inclusive). */
  first: number;
  last: number;
  /** Offset where the phrase starts in the text (after a proclitic on its first word). */
  start: number;
  end: number;
  /** Proclitic letters cut from the first word (و, ب, ل …), "" if none. */
  clitic: string;
  /** The phrase as printed, without the proclitic (للقوات المسلحة → القوات المسلحة). */
  surface: string;
}

interface Node<V> {
  next: Map<string, Node<V>>;
  value?: V;
}

export interface TrieOptions {
  /** Allow a proclitic (و ف ب ل ك) on the first word. Default true. */
  clitics?: boolean;
  /** Punctuation tokens that may be skipped inside a phrase (e.g. "." of "Gen." or "/"). */
  skippable?: string;
}

export class PhraseTrie<V> {
  private readonly root: Node<V> = { next: new Map() };
  private readonly skippable: Set<string>;
  private readonly clitics: boolean;
  private readonly bit = dictionaryBit();

  constructor(entries: Iterable<readonly [string, V]> = [], options: TrieOptions = {}) {
    this.skippable = new Set([...(options.skippable ?? "")]);
    this.clitics = options.clitics ?? true;
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: V): void {
    this.addKeys(this.keysOf(phrase), value);
  }

  /** The token keys `add` files a phrase under; lets callers combine phrases without re-reading them. */
  keysOf(phrase: string): string[] {
    return tokenize(phrase)
      .filter((t) => t.kind !== "punct" || !this.skippable.has(t.text))
      .map((t) => t.key);
  }

  addKeys(keys: readonly string[], value: V): void {
    if (!keys.length) return;
    markFirstWord(keys[0]!, this.bit);
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map() };
        node.next.set(k, child);
      }
      node = child;
    }
    // The first entry for a phrase wins, so data files list preferred readings first.
    if (node.value === undefined) node.value = value;
  }

  /**
   * Whether a phrase may start at token `i` ("no" is sure, "yes" only likely): lets a caller that
   * asks at every token skip its own work, and its memo, where `matchAt` is sure to find nothing.
   */
  mayStartAt(tokens: readonly Token[], i: number): boolean {
    return mayStartAtIndex(tokens, i, this.bit, this.clitics);
  }

  /** Longest phrase starting at token `i`, or undefined. */
  matchAt(tokens: readonly Token[], i: number, text: string): PhraseMatch<V> | undefined {
    const first = tokens[i];
    if (!first || !mayStartAtIndex(tokens, i, this.bit, this.clitics)) return undefined;
    // This runs for every token under every dictionary, and most tokens start no phrase: the
    // readings are cached on the token (the bare word is always the first one), and nothing is
    // allocated until a phrase is found.
    const reads = tokenReadings(first);
    const nReads = this.clitics ? reads.length : 1;
    let best: PhraseMatch<V> | undefined;
    for (let ri = 0; ri < nReads; ri++) {
      const r = reads[ri]!;
      let node = this.root.next.get(r.key);
      if (!node) continue;
      let j = i;
      let foundNode: Node<V> | undefined = node.value !== undefined ? node : undefined;
      let foundLast = i;
      while (j + 1 < tokens.length) {
        let k = j + 1;
        while (k < tokens.length && tokens[k]!.kind === "punct" && this.skippable.has(tokens[k]!.text)) k++;
        const t = tokens[k];
        if (!t || t.lineStart) break;
        const child: Node<V> | undefined = node.next.get(t.key);
        if (!child) break;
        node = child;
        j = k;
        if (node.value !== undefined) {
          foundNode = node;
          foundLast = j;
        }
      }
      if (foundNode && (!best || foundLast > best.last || (foundLast === best.last && r.cut < best.clitic.length))) {
        const last = tokens[foundLast]!;
        const cutChars = r.cut ? cutOffset(first.text, r.cut) : 0;
        const start = first.start + cutChars;
        best = {
          value: foundNode.value as V,
          first: i,
          last: foundLast,
          start,
          end: last.end,
          clitic: first.text.slice(0, cutChars),
          surface: (r.alef ? "ا" : "") + text.slice(start, last.end),
        };
      }
    }
    return best;
  }

  /** Every phrase (of any length, through any reading of the first word) that starts at token i. */
  allAt(tokens: readonly Token[], i: number, text: string): PhraseMatch<V>[] {
    const first = tokens[i];
    if (!first || !mayStartAtIndex(tokens, i, this.bit, this.clitics)) return [];
    const out: PhraseMatch<V>[] = [];
    const reads = tokenReadings(first);
    const nReads = this.clitics ? reads.length : 1;
    for (let ri = 0; ri < nReads; ri++) {
      const r = reads[ri]!;
      let node = this.root.next.get(r.key);
      let j = i;
      const cutChars = r.cut ? cutOffset(first.text, r.cut) : 0;
      const start = first.start + cutChars;
      while (node) {
        if (node.value !== undefined) {
          const last = tokens[j]!;
          out.push({ value: node.value, first: i, last: j, start, end: last.end, clitic: first.text.slice(0, cutChars), surface: (r.alef ? "ا" : "") + text.slice(start, last.end) });
        }
        let k = j + 1;
        while (k < tokens.length && tokens[k]!.kind === "punct" && this.skippable.has(tokens[k]!.text)) k++;
        const t = tokens[k];
        if (!t || t.lineStart) break;
        node = node.next.get(t.key);
        j = k;
      }
    }
    return out;
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(tokens: readonly Token[], text: string): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    // Tokens where no phrase of this dictionary can start are passed over by their masks alone.
    for (let i = nextPossibleStart(tokens, 0, this.bit, this.clitics); i < tokens.length; i = nextPossibleStart(tokens, i, this.bit, this.clitics)) {
      const m = this.matchAt(tokens, i, text);
      if (m) {
        out.push(m);
        i = m.last + 1;
      } else i++;
    }
    return out;
  }
}

/** Raw characters of `raw` that make up its first `letters` letters. */
function cutOffset(raw: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < raw.length && seen < letters) {
    const ch = raw[i]!;
    i++;
    if (!/[\u064B-\u065F\u0670\u0640]/.test(ch)) seen++;
  }
  while (i < raw.length && /[\u064B-\u065F\u0670\u0640]/.test(raw[i]!)) i++;
  return i;
}

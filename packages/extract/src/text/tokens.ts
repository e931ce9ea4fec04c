/**
 * Tokens with offsets into the cleaned text. Every rule of the extractor works on this array
 * (phrase tries, name scanning), never on regexes over the whole text, so the work stays linear in
 * the length of the article.
 */

import { forEachTokenRun } from "./token-runs";

export type TokenKind = "word" | "num" | "punct";

export interface Token {
  /** Index in the token array. */
  i: number;
  text: string;
  start: number;
  end: number;
  /** Matching key: folded Arabic letters, no diacritics or tatweel, ASCII digits, lower-case. */
  key: string;
  kind: TokenKind;
  /** Arabic-script word. */
  arabic: boolean;
  /** First letter is an upper-case Latin letter. */
  capital: boolean;
  /** A line break lies between this token and the previous one. */
  lineStart: boolean;
  /** Whitespace separates this token from the previous one. */
  spaceBefore: boolean;
  /** Proclitic readings of the key (filled on first use). */
  reads?: Reading[];
  /** Which phrase dictionaries may start at this token (text/phrase-starts.ts, filled on first use). */
  starts?: StartMasks;
  /**
   * What other modules worked out from the printed form alone (formMemo), shared by every token of
   * the form. A copy of a token given another key must not keep it.
   */
  memo?: unknown[];
}

let memoSlots = 0;

/** A slot of the per-form memo for one kind of value (taken once, at module load). */
export function formMemoSlot(): number {
  return memoSlots++;
}

/** The value a module kept in `slot` for the token's printed form, if any. */
export function formMemo(t: Pick<Token, "memo">, slot: number): unknown {
  return t.memo?.[slot];
}

/** Keeps a value that depends on the token's printed form alone (nothing for a token made elsewhere). */
export function setFormMemo(t: Pick<Token, "memo">, slot: number, value: unknown): void {
  if (t.memo) t.memo[slot] = value;
}

export interface StartMasks {
  /** The state of the dictionaries the masks were computed for (-1: not yet). */
  generation: number;
  /** The word key the masks are shared by (every token of one printed form), refilled in place when stale. */
  key?: string;
  /** Bits of the dictionaries with a phrase starting at the bare word. */
  bare: number;
  /** Bits of the dictionaries with a phrase starting at any reading (proclitics cut off). */
  any: number;
}

/** The readings of a token, computed once per token. */
export function tokenReadings(t: Token): Reading[] {
  return (t.reads ??= readings(t.key));
}

const DROP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const DROP_ONE = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Matching key of one word (same folding as `matchKey`, without the phrase-level joins). */
const keyCache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function wordKey(raw: string): string {
  if (isOwnKey(raw)) return raw;
  let k = keyCache.get(raw);
  if (k === undefined) {
    k = computeKey(raw);
    if (keyCache.size >= CACHE_LIMIT) keyCache.clear();
    keyCache.set(raw, k);
  }
  return k;
}

/**
 * Most words are their own key: lower-case ASCII, or Arabic letters that folding leaves alone.
 * Telling that by their code units is cheaper than the cache look-up, which must hash the word.
 */
function isOwnKey(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 65 && c <= 90) return false;
    } else if (!(c >= 0x621 && c <= 0x64a) || FOLDED_LETTERS.has(c)) return false;
  }
  return true;
}

// Arabic letters (U+0621–U+064A) that folding or dropping changes: the hamza carriers and
// madda, alef maqsura, ta marbuta, tatweel, and the rare letters between ghain and tatweel.
const FOLDED_LETTERS = new Set([0x622, 0x623, 0x624, 0x625, 0x626, 0x629, 0x63b, 0x63c, 0x63d, 0x63e, 0x63f, 0x640, 0x649]);

function computeKey(raw: string): string {
  return raw
    .replace(DROP, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(ARABIC_INDIC, (d) => {
      const c = d.charCodeAt(0);
      return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
    })
    .replace(ACCENTED_LATIN, foldAccent)
    .toLowerCase();
}

// Wires drop the accents of Latin names ("Asuncion", "Foz do Iguacu") that the gazetteer prints
// ("Asunción"): the key keeps the base letter only.
const ACCENTED_LATIN = /[\u00C0-\u024F]/g;
const foldAccent = (ch: string) => ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

const IS_ARABIC = /\p{Script=Arabic}/u;
const IS_DIGIT = /^[\p{N}]+$/u;
const IS_UPPER = /^\p{Lu}/u;

/** What a token's printed form alone decides, worked out once per form. */
interface FormFacts {
  key: string;
  kind: TokenKind;
  arabic: boolean;
  capital: boolean;
  reads: Reading[];
  /** Shared by every token of the form, refilled in place when the dictionaries change (phrase-starts.ts). */
  starts: StartMasks;
  memo: unknown[];
}

/**
 * A memo with a slot for every module that took one, each undefined: every memo has the same
 * length and kind of elements, so `formMemo` reads an element in bounds of one shape of array
 * (an empty array filled out of order becomes holey and is read out of bounds, a slow load).
 */
function emptyMemo(): unknown[] {
  return new Array<unknown>(memoSlots).fill(undefined);
}

// Most tokens repeat a form seen before: one look-up here stands for the key's, the readings' and
// the start masks' look-ups each token made before.
const factsByForm = new Map<string, FormFacts>();

function formFacts(raw: string): FormFacts {
  let f = factsByForm.get(raw);
  if (f !== undefined) return f;
  const c0 = raw.charCodeAt(0);
  // The runs are letter runs, digit runs or single other characters; classify by the first
  // code unit where that is unambiguous (ASCII, the Arabic block), by Unicode class otherwise.
  const arabicBlock = c0 >= 0x600 && c0 <= 0x6ff;
  const digit = (c0 >= 48 && c0 <= 57) || (c0 >= 0x660 && c0 <= 0x669) || (c0 >= 0x6f0 && c0 <= 0x6f9) || (c0 > 0x7f && !arabicBlock && IS_DIGIT.test(raw));
  const letter = !digit && ((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || (c0 >= 0x621 && c0 <= 0x64a) || raw.length > 1 || /[\p{L}\p{M}]/u.test(raw));
  const key = wordKey(raw);
  f = {
    key,
    kind: digit ? "num" : letter ? "word" : "punct",
    arabic: arabicBlock ? true : c0 < 0x600 ? false : IS_ARABIC.test(raw),
    capital: c0 >= 65 && c0 <= 90 ? true : c0 < 0xc0 || arabicBlock ? false : IS_UPPER.test(raw),
    reads: readings(key),
    starts: { generation: -1, bare: 0, any: 0, key },
    memo: emptyMemo(),
  };
  if (factsByForm.size >= CACHE_LIMIT) factsByForm.clear();
  factsByForm.set(raw, f);
  return f;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  forEachTokenRun(text, (start, end) => {
    const raw = text.slice(start, end);
    const f = formFacts(raw);
    let lineStart = out.length === 0;
    if (!lineStart) for (let k = prevEnd; k < start; k++) if (text.charCodeAt(k) === 10) lineStart = true;
    out.push({
      i: out.length,
      text: raw,
      start,
      end: start + raw.length,
      key: f.key,
      kind: f.kind,
      arabic: f.arabic,
      capital: f.capital,
      lineStart,
      spaceBefore: start > prevEnd,
      reads: f.reads,
      starts: f.starts,
      memo: f.memo,
    });
    prevEnd = start + raw.length;
  });
  return out;
}

/**
 * Readings of an Arabic word with its proclitics taken off: و ف (and), ب ل ك (prepositions), and
 * ل before the article (لل → ال). Each reading says how many letters of the key were taken off.
 * The bare word always comes first. Latin words have one reading.
 */
export interface Reading {
  key: string;
  /** Letters removed from the front of the key. */
  cut: number;
  /** The reading restored the alef of the article that لل swallowed (للقوات → القوات). */
  alef?: boolean;
}

const CONJ = ["و", "ف"];
const PREP = ["ب", "ل", "ك"];

// Readings are asked for the same few thousand keys again and again (every phrase dictionary
// looks at every token), so they are computed once per key.
const readingCache = new Map<string, Reading[]>();

export function readings(key: string): Reading[] {
  let r = readingCache.get(key);
  if (r === undefined) {
    r = computeReadings(key);
    if (readingCache.size >= CACHE_LIMIT) readingCache.clear();
    readingCache.set(key, r);
  }
  return r;
}

/** Whether the word, as printed or without its proclitics, is one of `keys`. */
export function readsAs(key: string, keys: ReadonlySet<string>): boolean {
  return readings(key).some((r) => keys.has(r.key));
}

/**
 * `readsAs` for a token: its readings are kept on it, so a pass over every token of an article
 * makes no look-up in the cache of readings per token. A copy of a token given another key
 * (`{ ...t, key }`) still carries the readings of the old key; those are not its own (their bare
 * reading is not its key), so its key's readings are looked up instead.
 */
export function tokenReadsAs(t: Pick<Token, "key" | "reads">, keys: ReadonlySet<string>): boolean {
  const reads = keptReadings(t);
  for (let k = 0; k < reads.length; k++) if (keys.has(reads[k]!.key)) return true;
  return false;
}

/**
 * The readings of a token's key: those kept on it, unless it is a copy given another key (see
 * `tokenReadsAs`), whose key's readings are looked up. Unlike `tokenReadings` it keeps nothing.
 */
export function keptReadings(t: Pick<Token, "key" | "reads">): Reading[] {
  const kept = t.reads;
  return kept !== undefined && kept[0]!.key === t.key ? kept : readings(t.key);
}

function computeReadings(key: string): Reading[] {
  const out: Reading[] = [{ key, cut: 0 }];
  if (!/^[\u0621-\u064A]/.test(key) || key.length < 3) return out;
  const add = (k: string, cut: number, alef = false) => {
    if (k.length >= 2 && !out.some((r) => r.key === k)) out.push({ key: k, cut, alef });
  };
  const afterConj: Reading[] = [{ key, cut: 0 }];
  for (const c of CONJ) if (key.startsWith(c)) afterConj.push({ key: key.slice(1), cut: 1 });
  for (const r of afterConj) {
    if (r.cut) add(r.key, r.cut);
    if (r.key.startsWith("لل")) add("ا" + r.key.slice(1), r.cut + 1, true);
    for (const p of PREP) if (r.key.startsWith(p)) add(r.key.slice(1), r.cut + 1);
  }
  return out;
}

/**
 * The index of the first token that starts at `offset` or after it, -1 when none does: a binary
 * search over the tokens, which are in text order (what `tokens.findIndex((t) => t.start >= offset)`
 * finds, without a walk from the start of the article).
 */
export function firstTokenFrom(tokens: readonly Pick<Token, "start">[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}

/** Offset in `raw` after `letters` base letters (diacritics and tatweel do not count). */
export function rawOffsetAfterLetters(raw: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < raw.length && seen < letters) {
    const ch = raw[i]!;
    i++;
    if (!DROP_ONE.test(ch)) seen++;
  }
  // Skip diacritics that belong to the last removed letter.
  while (i < raw.length && /[\u064B-\u065F\u0670\u0640]/.test(raw[i]!)) i++;
  return i;
}

import { readings, tokenReadings, type StartMasks, type Token } from "./tokens";

/**
 * Which phrase dictionaries have a phrase that can start at a token. Every dictionary is asked at
 * almost every token and almost every answer is "no"; this index answers that "no" with one bit
 * test per call instead of a map look-up per reading of the word.
 *
 * Each dictionary gets one bit. A word's mask has the bits of the dictionaries holding a phrase
 * whose first word is that word; a token's masks combine the masks of its readings, computed once
 * per token. Past 32 dictionaries the bits are handed out again from the first: two dictionaries
 * sharing a bit only answer "maybe" more often, while a dictionary with no bit would be searched
 * at every token (the gazetteer, built last and the largest, was that one).
 */

const BITS = 32;
const KEY_LIMIT = 50_000;
let nextBit = 0;
const firstWordMasks = new Map<string, number>();
// Bumped whenever a dictionary gains a first word, so masks cached on tokens read before that
// (a dictionary filled lazily while an article is read) are computed again.
let generation = 0;

/** A bit for a new dictionary: a fresh one, or once all are taken one shared with an earlier dictionary. */
export function dictionaryBit(): number {
  return 1 << (nextBit++ % BITS);
}

/** Records that the dictionary with `bit` has a phrase starting with the word `key`. */
export function markFirstWord(key: string, bit: number): void {
  const mask = firstWordMasks.get(key) ?? 0;
  if (mask & bit) return;
  firstWordMasks.set(key, mask | bit);
  generation++;
}

// Masks by word key, shared by every token of that word in every article.
const masksByKey = new Map<string, StartMasks>();

/** Whether the dictionary with `bit` may have a phrase starting at token `t`. */
export function mayStartAt(t: Token, bit: number, clitics: boolean): boolean {
  const m = tokenMasks(t);
  return ((clitics ? m.any : m.bare) & bit) !== 0;
}

function tokenMasks(t: Token): StartMasks {
  let m = t.starts;
  if (m === undefined || m.generation !== generation) {
    if (m?.key !== undefined) refill(m, m.key);
    else t.starts = m = masksOfKey(t);
  }
  return m;
}

/**
 * The masks of every token of one token array, side by side. The dictionaries scan a document
 * token by token (`findAll`), a dozen times over: reading a mask from a typed array costs far
 * less than reaching it through each token object. Kept per array (for the dictionaries' state
 * and the array's length; token arrays are not edited once made) and remade when either changed.
 */
interface ArrayMasks {
  generation: number;
  length: number;
  bare: Int32Array;
  any: Int32Array;
}
const masksOfArrays = new WeakMap<readonly Token[], ArrayMasks>();
// The array asked about last, so the usual run of questions about one document skips the WeakMap.
let lastTokens: readonly Token[] | undefined;
let lastMasks: ArrayMasks | undefined;
// Shorter arrays (a phrase being filed, a name) are asked about once or twice: no index for them.
const INDEX_FROM = 16;

/** Whether the dictionary with `bit` may have a phrase starting at token i of `tokens` (false past the end). */
export function mayStartAtIndex(tokens: readonly Token[], i: number, bit: number, clitics: boolean): boolean {
  const m = arrayMasks(tokens);
  if (m === undefined) {
    const t = tokens[i];
    return t !== undefined && mayStartAt(t, bit, clitics);
  }
  return i >= 0 && i < m.length && ((clitics ? m.any[i]! : m.bare[i]!) & bit) !== 0;
}

/**
 * The first index from `from` on where the dictionary with `bit` may have a phrase starting
 * (`tokens.length` if none): a scan over a document (`findAll`) reads the masks in one tight
 * loop instead of asking `mayStartAtIndex` token by token, which is "no" at nearly every token.
 */
export function nextPossibleStart(tokens: readonly Token[], from: number, bit: number, clitics: boolean): number {
  const n = tokens.length;
  let i = Math.max(0, from);
  const m = arrayMasks(tokens);
  if (m === undefined) {
    while (i < n && !mayStartAt(tokens[i]!, bit, clitics)) i++;
    return i;
  }
  const masks = clitics ? m.any : m.bare;
  while (i < n && (masks[i]! & bit) === 0) i++;
  return i;
}

/** The masks of a token array long enough to be indexed (made or remade as needed), else undefined. */
function arrayMasks(tokens: readonly Token[]): ArrayMasks | undefined {
  let m = tokens === lastTokens ? lastMasks : undefined;
  if (m === undefined || m.generation !== generation || m.length !== tokens.length) {
    if (tokens.length < INDEX_FROM) return undefined;
    m = masksOfArrays.get(tokens);
    if (m === undefined || m.generation !== generation || m.length !== tokens.length) {
      m = indexMasks(tokens);
      masksOfArrays.set(tokens, m);
    }
    lastTokens = tokens;
    lastMasks = m;
  }
  return m;
}

function indexMasks(tokens: readonly Token[]): ArrayMasks {
  const n = tokens.length;
  const bare = new Int32Array(n);
  const any = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const m = tokenMasks(tokens[i]!);
    bare[i] = m.bare;
    any[i] = m.any;
  }
  return { generation, length: n, bare, any };
}

/** Masks shared by the tokens of one printed form, computed again for the dictionaries' state. */
function refill(m: StartMasks, key: string): void {
  const reads = readings(key);
  m.bare = firstWordMasks.get(reads[0]!.key) ?? 0;
  m.any = m.bare;
  for (let ri = 1; ri < reads.length; ri++) m.any |= firstWordMasks.get(reads[ri]!.key) ?? 0;
  m.generation = generation;
}

function masksOfKey(t: Token): StartMasks {
  let m = masksByKey.get(t.key);
  if (m !== undefined && m.generation === generation) return m;
  const reads = tokenReadings(t);
  const bare = firstWordMasks.get(reads[0]!.key) ?? 0;
  let any = bare;
  for (let ri = 1; ri < reads.length; ri++) any |= firstWordMasks.get(reads[ri]!.key) ?? 0;
  m = { generation, bare, any };
  if (masksByKey.size >= KEY_LIMIT) masksByKey.clear();
  masksByKey.set(t.key, m);
  return m;
}

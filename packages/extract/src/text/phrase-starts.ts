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
  let m = t.starts;
  if (m === undefined || m.generation !== generation) {
    if (m?.key !== undefined) refill(m, m.key);
    else t.starts = m = masksOfKey(t);
  }
  return ((clitics ? m.any : m.bare) & bit) !== 0;
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

/**
 * What the package's own word lists say about each token: part of a place of the gazetteer (and
 * which kind, or a nationality adjective), an organization head, a rank, a title, a role head, a
 * given name, a speech verb, "his counterpart", a stop word, and the entity class the training
 * names lexicon gives the word. Each cue is a hashed integer the feature extractor places around
 * the token.
 */
import { findPlaceHits, type PlaceHit } from "../places/gazetteer";
import {
  counterpartKeys,
  taggerGivenNameKeys,
  isStopToken,
  orgHeadTrie,
  rankTrie,
  roleHeadTrie,
  speechKeys,
  titleTrie,
} from "../persons/vocabulary";
import { formMemo, formMemoSlot, readings, setFormMemo, type Token } from "../text/tokens";
import { hashString } from "./hash";
import { wordForms } from "./word-forms";

/**
 * The cue hashes of each token. A token's list may be shared with other tokens of the same word
 * (most tokens have only their word's cues), so the lists are read-only.
 */
export type TokenCues = readonly (readonly number[])[];

const NO_CUES: readonly number[] = [];

/** The class the training names lexicon gives a word (e.g. "PERS:3"), or null. */
export type NameLexicon = (key: string) => string | null;

const cueHash = new Map<string, number>();
const cue = (name: string): number => {
  let h = cueHash.get(name);
  if (h === undefined) {
    h = hashString(`cue:${name}`);
    cueHash.set(name, h);
  }
  return h;
};

function markPhrases(
  out: (number[] | undefined)[],
  tokens: readonly Token[],
  text: string,
  trie: { matchAt: (t: readonly Token[], i: number, s: string) => { last: number } | undefined },
  name: string,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") continue;
    const m = trie.matchAt(tokens, i, text);
    if (!m) continue;
    (out[i] ??= []).push(cue(`${name}:B`));
    for (let k = i + 1; k <= m.last; k++) (out[k] ??= []).push(cue(`${name}:I`));
    i = m.last;
  }
}

export function tokenCues(
  tokens: readonly Token[],
  text: string,
  names: NameLexicon,
  placeAt?: readonly (PlaceHit | undefined)[],
): TokenCues {
  const out = new Array<number[] | undefined>(tokens.length);
  const places = placeAt ?? placeIndex(tokens, text);
  for (let i = 0; i < tokens.length; i++) {
    const p = places[i];
    if (!p) continue;
    const pos = p.firstToken === i ? "B" : "I";
    (out[i] ??= []).push(cue(p.viaDemonym ? `dem:${pos}` : `pl:${pos}:${p.kind}`));
  }
  markPhrases(out, tokens, text, orgHeadTrie, "org");
  markPhrases(out, tokens, text, rankTrie, "rank");
  markPhrases(out, tokens, text, titleTrie, "title");
  markPhrases(out, tokens, text, roleHeadTrie, "role");
  let cache = wordCueCache.get(names);
  if (!cache) {
    cache = new Map();
    wordCueCache.set(names, cache);
  }
  const lists: (readonly number[])[] = out as (readonly number[])[];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word") {
      lists[i] ??= NO_CUES;
      continue;
    }
    const kept = formMemo(t, CUES_SLOT) as KeptCues | undefined;
    let w = kept?.names === names ? kept.cues : cache.get(t.key);
    if (!w) {
      w = wordCues(t, names);
      if (cache.size >= 50_000) cache.clear();
      cache.set(t.key, w);
    }
    if (kept?.names !== names) setFormMemo(t, CUES_SLOT, { names, cues: w });
    const c = out[i];
    // A token with no cue of its place or phrase takes its word's list as it is.
    if (!c) lists[i] = w;
    else for (let k = 0; k < w.length; k++) c.push(w[k]!);
  }
  return lists;
}

// A word's cues kept with its printed form too, for the lexicon they were read with: no look-up per token.
interface KeptCues {
  names: NameLexicon;
  cues: readonly number[];
}
const CUES_SLOT = formMemoSlot();

// What a word alone says (given name, speech verb, counterpart, stop word, names lexicon) is the
// same wherever it stands, so it is computed once per word and lexicon.
const wordCueCache = new WeakMap<NameLexicon, Map<string, readonly number[]>>();

function wordCues(t: Token, names: NameLexicon): number[] {
  const c: number[] = [];
  const reads = readings(t.key);
  if (reads.some((r) => taggerGivenNameKeys.has(r.key))) c.push(cue("given"));
  if (reads.some((r) => speechKeys.has(r.key))) c.push(cue("speech"));
  if (reads.some((r) => counterpartKeys.has(r.key))) c.push(cue("counterpart"));
  if (isStopToken(t)) c.push(cue("stop"));
  const lex = names(t.key) ?? names(wordForms(t.key).bare);
  if (lex) c.push(cue(`lex:${lex}`));
  return c;
}

function placeIndex(tokens: readonly Token[], text: string): (PlaceHit | undefined)[] {
  const at = new Array<PlaceHit | undefined>(tokens.length);
  for (const p of findPlaceHits(tokens, text, undefined, true)) for (let k = p.firstToken; k <= p.lastToken; k++) at[k] = p;
  return at;
}

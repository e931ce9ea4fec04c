import { matchKey } from "./normalize";
import { MAX_PLACE_WORDS, placeNamesInOtherScript } from "./place-names";
import { agreeingSkeletons, nameSkeleton, scriptOf } from "./transliterate";

/**
 * Search terms: the matching key of each word with Arabic clitics taken off, so "وبالقوات" and
 * "القوات", "المصرية" and "مصريه" meet. A leading و ف ب ك ل may be a clitic (وبالجيش) or part of
 * the word (وزير, بغداد), so a word yields every reading — the index stores all of them and a
 * query asks for any — instead of guessing. The index and every query go through this module,
 * which is what makes them agree. Deliberately light (no root extraction): an aggressive stemmer
 * conflates names (الفريق → فرق).
 *
 * Across scripts: the index also holds each word's consonant skeleton (`nameSkeleton`), marked by
 * the script it was read from ("2hftr" for حفتر, "1hftr" for Haftar), and a query word may match
 * the skeleton of the other script — "Haftar" finds حفتر and حفتر finds Haftar, while Arabic
 * words still match Arabic words only by their spelling. Place names are no transliterations
 * (Cairo / القاهرة): a query that names a gazetteer place also asks for its names in the other script.
 */

// Conjunction/preposition + article combinations.
const PREFIXES = ["وبال", "وكال", "وفال", "ولل", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"];
// Plural/feminine/nisba endings, after ta-marbuta folding (ة → ه).
const SUFFIXES = ["يين", "يون", "ات", "ون", "ين", "يه", "ه"];
const MIN_STEM = 3;
const ARABIC_WORD = /^[\u0621-\u064A]+$/;

function stripSuffix(word: string): string {
  for (const s of SUFFIXES) {
    if (word.endsWith(s) && word.length - s.length >= MIN_STEM) {
      // A nisba ending keeps its ي: مصرية → مصري, like مصريين → مصري.
      return s.startsWith("ي") ? word.slice(0, word.length - s.length + 1) : word.slice(0, word.length - s.length);
    }
  }
  return word;
}

/** Every reading of one word, most literal first. */
function readings(key: string): string[] {
  if (!ARABIC_WORD.test(key)) {
    const latin = key.replace(/[^\p{L}\p{N}]+/gu, "");
    return latin ? [latin] : [];
  }
  const out = new Set([stripSuffix(key)]);
  for (const p of PREFIXES) {
    if (key.startsWith(p) && key.length - p.length >= MIN_STEM) out.add(stripSuffix(key.slice(p.length)));
  }
  return [...out];
}

/** Skeletons shorter than this match too many unrelated words to be worth asking for. */
const MIN_SKELETON = 3;
const SCRIPT_MARK = { latin: "1", arabic: "2" } as const;

/** The skeletons of a word's readings long enough to search by. */
function skeletonsOf(wordReadings: string[]): string[] {
  return [...new Set(wordReadings.map((r) => nameSkeleton(r)[0]).filter((s): s is string => s !== undefined && s.length >= MIN_SKELETON))];
}

/** The cross-script index terms of one word: the marked skeletons of its readings (Latin "gh" as g). */
function skeletonTerms(word: string, wordReadings: string[]): string[] {
  const script = scriptOf(word);
  if (!script) return [];
  return skeletonsOf(wordReadings).map((s) => SCRIPT_MARK[script] + s.toLowerCase());
}

/**
 * The terms of the other script's skeleton a query word also matches: each skeleton the other
 * script may write it with (Bagheri's "gh" is باقري's ق, Ghazi's is غازي's غ).
 */
function otherScriptSkeletons(word: string, wordReadings: string[]): string[] {
  const script = scriptOf(word);
  if (!script) return [];
  const other = script === "latin" ? SCRIPT_MARK.arabic : SCRIPT_MARK.latin;
  const forms = skeletonsOf(wordReadings).flatMap(agreeingSkeletons).map((s) => other + s.toLowerCase());
  return [...new Set(forms)];
}

/** The readings of one word (for tests and highlighting). */
export function searchVariants(word: string): string[] {
  return readings(matchKey(word).replace(/\s+/g, ""));
}

/** Index form of a text: every reading of every word, space-separated, for a `simple` tsvector. */
export function searchTerms(text: string): string {
  const terms: string[] = [];
  for (const w of matchKey(text).split(" ")) {
    const t = w ? wordTerms(w) : "";
    if (t) terms.push(t);
  }
  return terms.join(" ");
}

// Every stored article is indexed, and most of its words were indexed before (in it and in the
// articles before it): their terms are kept, bounded so a long run does not grow the cache without end.
const termsCache = new Map<string, string>();
const TERMS_CACHE_LIMIT = 50_000;

/** The index terms of one word (its readings, then its marked skeletons), space-separated. */
function wordTerms(word: string): string {
  let terms = termsCache.get(word);
  if (terms === undefined) {
    const r = readings(word);
    terms = [...r, ...skeletonTerms(word, r)].join(" ");
    if (termsCache.size >= TERMS_CACHE_LIMIT) termsCache.clear();
    termsCache.set(word, terms);
  }
  return terms;
}

/** One query word as a tsquery group: any of its readings, or its skeleton in the other script. */
function wordGroup(word: string): string | null {
  const r = readings(word);
  if (r.length === 0) return null;
  const alternatives = [...new Set([...r, ...otherScriptSkeletons(word, r)])];
  return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(" | ")})`;
}

/** Every word of a phrase, each through its readings. */
function phraseGroup(words: string[]): string | null {
  const groups = words.map((w) => {
    const r = readings(w);
    return r.length === 0 ? null : r.length === 1 ? r[0]! : `(${r.join(" | ")})`;
  });
  if (groups.some((g) => g === null) || groups.length === 0) return null;
  return groups.length === 1 ? groups[0]! : `(${groups.join(" & ")})`;
}

/**
 * A `to_tsquery('simple', …)` expression for what a person typed: every word must match, each
 * through any of its readings. Returns null when nothing searchable is left.
 */
export function searchQuery(text: string): string | null {
  const words = matchKey(text).split(" ").filter(Boolean);
  const groups: string[] = [];
  for (let i = 0; i < words.length; ) {
    // The longest run of words from here that names a gazetteer place: also its other-script names.
    let placed = false;
    for (let n = Math.min(MAX_PLACE_WORDS, words.length - i); n >= 1 && !placed; n--) {
      const run = words.slice(i, i + n);
      const others = placeNamesInOtherScript(run);
      if (others.length === 0) continue;
      const alternatives = [n === 1 ? wordGroup(run[0]!) : phraseGroup(run), ...others.map((o) => phraseGroup(matchKey(o).split(" ")))];
      groups.push(`(${[...new Set(alternatives.filter((a) => a !== null))].join(" | ")})`);
      i += n;
      placed = true;
    }
    if (placed) continue;
    const group = wordGroup(words[i]!);
    if (group) groups.push(group);
    i++;
  }
  return groups.length ? groups.join(" & ") : null;
}

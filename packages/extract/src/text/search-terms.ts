import { matchKey } from "./normalize";

/**
 * Search terms: the matching key of each word with Arabic clitics taken off, so "وبالقوات" and
 * "القوات", "المصرية" and "مصريه" meet. A leading و ف ب ك ل may be a clitic (وبالجيش) or part of
 * the word (وزير, بغداد), so a word yields every reading — the index stores all of them and a
 * query asks for any — instead of guessing. The index and every query go through this module,
 * which is what makes them agree. Deliberately light (no root extraction): an aggressive stemmer
 * conflates names (الفريق → فرق).
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

/** The readings of one word (for tests and highlighting). */
export function searchVariants(word: string): string[] {
  return readings(matchKey(word).replace(/\s+/g, ""));
}

/** Index form of a text: every reading of every word, space-separated, for a `simple` tsvector. */
export function searchTerms(text: string): string {
  return matchKey(text)
    .split(" ")
    .flatMap((w) => (w ? readings(w) : []))
    .join(" ");
}

/**
 * A `to_tsquery('simple', …)` expression for what a person typed: every word must match, each
 * through any of its readings. Returns null when nothing searchable is left.
 */
export function searchQuery(text: string): string | null {
  const groups = matchKey(text)
    .split(" ")
    .map((w) => readings(w))
    .filter((r) => r.length > 0)
    .map((r) => (r.length === 1 ? r[0]! : `(${r.join(" | ")})`));
  return groups.length ? groups.join(" & ") : null;
}

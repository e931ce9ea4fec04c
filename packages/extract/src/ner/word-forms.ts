/**
 * The forms of one word the tagger looks at: the word without its proclitics (و ف ب ك ل ال لل and
 * their combinations) and that form without a common suffix. Stripping is deliberately greedy and
 * lexicon-free: the tagger sees the printed word too and learns when a "clitic" is part of a name
 * (وليد، بلال).
 */

const CONJUNCTIONS = ["و", "ف"];
const PREPOSITIONS = ["ب", "ك", "ل"];
const SUFFIXES = ["هما", "كما", "هم", "هن", "ها", "ات", "ون", "ين", "ان", "ية", "يه", "ه", "ي"];

export interface WordForms {
  /** The word without proclitics (folded key). */
  bare: string;
  /** The proclitics taken off ("" when none), e.g. "وال", "لل", "ب". */
  clitic: string;
  /** The bare form without one common suffix, when at least three letters remain. */
  stem: string;
}

const cache = new Map<string, WordForms>();

export function wordForms(key: string): WordForms {
  let f = cache.get(key);
  if (!f) {
    f = computeForms(key);
    if (cache.size >= 50_000) cache.clear();
    cache.set(key, f);
  }
  return f;
}

function computeForms(key: string): WordForms {
  if (!/^[\u0621-\u064A]/.test(key)) return { bare: key, clitic: "", stem: key };
  let rest = key;
  let clitic = "";
  const take = (prefix: string, minRest: number): boolean => {
    if (rest.startsWith(prefix) && rest.length - prefix.length >= minRest) {
      clitic += prefix;
      rest = rest.slice(prefix.length);
      return true;
    }
    return false;
  };
  for (const c of CONJUNCTIONS) if (take(c, 3)) break;
  // لل is ل + ال with the alef dropped (للعراق = ل + العراق).
  if (rest.startsWith("لل") && rest.length >= 5) {
    clitic += "لل";
    rest = rest.slice(2);
  } else {
    for (const p of PREPOSITIONS) if (take(p, 3)) break;
    take("ال", 3);
  }
  let stem = rest;
  for (const s of SUFFIXES)
    if (rest.endsWith(s) && rest.length - s.length >= 3) {
      stem = rest.slice(0, rest.length - s.length);
      break;
    }
  return { bare: rest, clitic, stem };
}

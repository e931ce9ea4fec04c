import { agreeingSkeletons, latinSpellingKey, matchKey, nameSkeleton, scriptOf, skeletonsAgree } from "@marsad/extract/text";

/**
 * Whether two spellings of a person's name can be the same person. Arabic names grow by inserting
 * the father's and grandfather's names (صدام حفتر → صدام خليفة حفتر), so a name matches a longer
 * one when the given name and the family name agree and the shorter is a subsequence of the
 * longer. Sharing a family name (خالد حفتر, صدام حفتر) or a single token (أحمد خليفة, خليفة حفتر)
 * is never enough.
 *
 * Words are compared by the key their scripts allow: Arabic with Arabic by the folded spelling,
 * Latin with Latin by a spelling key that forgives k/q and doubled letters (Sedki / Sedqi), and
 * across scripts by the consonant skeleton (Hulusi Akar / خلوصي أكار, see `nameSkeleton`).
 */
export function nameTokens(name: string): string[] {
  return matchKey(name).split(" ").filter(Boolean);
}

/** Courtesy words printed before a name that are not part of it (Syed Asim Munir, السيد …). */
const HONORIFIC = /^\s*(?:السيد|سيد|الشيخ|الشيخة|syed|sayed|sayyid|sheikh|shaikh|dr\.?|mr\.?|mrs\.?)\s+/iu;

type WordsEqual = (a: string, b: string) => boolean;
const same: WordsEqual = (a, b) => a === b;

function isSubsequence(short: string[], long: string[], eq: WordsEqual): boolean {
  let i = 0;
  for (const t of long) if (i < short.length && eq(t, short[i]!)) i++;
  return i === short.length;
}

export function sameNameKey(a: string, b: string): boolean {
  return nameTokens(a).join(" ") === nameTokens(b).join(" ");
}

/** The words of two names, keyed so that words of the two can be compared for equality. */
function comparableWords(a: string, b: string): [string[], string[], "same" | "latin" | "cross"] {
  const sa = scriptOf(a);
  const sb = scriptOf(b);
  if (sa === "latin" && sb === "latin") {
    const words = (n: string) => latinSpellingKey(n).split(" ").filter(Boolean);
    return [words(a), words(b), "latin"];
  }
  if (sa && sb && sa !== sb) return [nameSkeleton(a), nameSkeleton(b), "cross"];
  return [nameTokens(a), nameTokens(b), "same"];
}

/**
 * Enough consonants in given and family name for a skeleton match to be more than a coincidence
 * ("Ali Sisi", l + s, is not; "Omar Bashir", m + bsr, is).
 */
const MIN_CROSS_SCRIPT_CONSONANTS = 4;

function wordsAgree(ta: string[], tb: string[], eq: WordsEqual): boolean {
  if (ta.length === 0 || tb.length === 0) return false;
  if (ta.length === tb.length && ta.every((t, i) => eq(t, tb[i]!))) return true;
  if (ta.length < 2 || tb.length < 2) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return eq(short[0]!, long[0]!) && eq(short.at(-1)!, long.at(-1)!) && isSubsequence(short, long, eq);
}

export function compatibleNames(a: string, b: string): boolean {
  const [ta, tb, mode] = comparableWords(a.replace(HONORIFIC, ""), b.replace(HONORIFIC, ""));
  if (mode === "cross") {
    // A one-word name carries too little to be matched across scripts.
    if (ta.length < 2 || tb.length < 2) return false;
    const consonants = (t: string[]) => t[0]!.length + t.at(-1)!.length;
    if (Math.min(consonants(ta), consonants(tb)) < MIN_CROSS_SCRIPT_CONSONANTS) return false;
    return wordsAgree(ta, tb, skeletonsAgree);
  }
  return wordsAgree(ta, tb, same);
}

/** Name key used in the entities and aliases tables. */
export function nameKey(name: string): string {
  return nameTokens(name).join(" ");
}

/**
 * The consonant skeleton of a person's family name (the last word), the same in Arabic and Latin
 * script: the store looks up people who may be one person across scripts by it.
 */
export function familySkeleton(name: string): string | null {
  return nameSkeleton(name.replace(HONORIFIC, "")).at(-1) ?? null;
}

/** The stored family skeletons a name's family name agrees with (باقري: bkr or bGr, as Bagheri stores it). */
export function familySkeletonKeys(name: string): string[] {
  const skeleton = familySkeleton(name);
  return skeleton ? agreeingSkeletons(skeleton) : [];
}

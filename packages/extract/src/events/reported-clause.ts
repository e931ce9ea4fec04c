import type { Token } from "../text/tokens";
import type { Unit } from "./units";

const REPORT_VERB = /^و?(قال|أعلن|اعلن|أكد|اكد|أوضح|اوضح|ذكر|أفاد|افاد|صرح)(ت)?$/u;
const LATIN_REPORT = new Set(["said", "says", "announced", "reported", "stated"]);
const THAT = new Set(["أن", "ان", "بأن", "بان", "that"]);

/** "قال", "أعلنت", "said": a verb that reports words rather than a happening. */
export function isReportVerb(t: Pick<Token, "key" | "text">): boolean {
  return REPORT_VERB.test(t.text) || LATIN_REPORT.has(t.key);
}

/**
 * The token after which a sentence's reported clause begins ("أعلنت … أن", "said … that"), when the
 * sentence reports one; null when it does not.
 */
export function reportedClauseStart(tokens: readonly Pick<Token, "key" | "text">[], u: Unit): number | null {
  for (let k = u.first; k < u.last; k++) {
    if (!isReportVerb(tokens[k]!)) continue;
    for (let j = k + 1; j < u.last && j - k <= 12; j++) if (THAT.has(tokens[j]!.text.toLowerCase())) return j;
    return null;
  }
  return null;
}

// "مؤكدا", "مشيرة", "لافتا": a participle of saying that closes a sentence with what was said.
// Keys are folded (ؤ → و, ة → ه, tanween dropped).
const SAYING = /^و?(موكد|مشير|موضح|لافت|معرب|مضيف|منوه)(ا|ه|ين)?$/u;
const SAID_THAT = new Set(["ان", "الي", "بان"]);

/**
 * The token of a participle of saying followed by what was said ("…، مؤكدة أن الأردن يدعم …",
 * "مشيرا إلى أن …"), when the sentence has one; null when it does not.
 */
export function saidClauseStart(tokens: readonly Pick<Token, "key">[], u: Unit): number | null {
  for (let k = u.first; k < u.last - 1; k++) if (SAYING.test(tokens[k]!.key) && SAID_THAT.has(tokens[k + 1]!.key)) return k;
  return null;
}

// "…، مشيرة إلى أن هجوما …", "…, adding that an attack …": the same participles in the raw text.
const SAID_THAT_TEXT = /(?:^|[\s،,])(?:و?(?:مؤكد|مشير|موضح|لافت|مضيف|منوه)(?:ا|اً|ة|ين)?\s+(?:إلى\s+|الى\s+)?(?:أن|ان|بأن)|(?:adding|noting|stressing|saying)\s+that)\s/u;

/**
 * Where the clause of what was said begins (a text offset) when a happening with nobody named is
 * told in it, known by its place printed there ("وقالت X إن الجماعات كثفت هجماتها بين A وB،
 * مشيرة إلى أن هجوما قرب بلدة Y …"): its parties are the states that clause names, not those of
 * the speaker's words before it. Null when the sentence has no such clause or the place is not in it.
 */
export function saidClauseOfHappening(text: string, start: number, end: number, placeAt: readonly { start: number }[]): number | null {
  const m = SAID_THAT_TEXT.exec(text.slice(start, end));
  if (!m) return null;
  const at = start + m.index;
  return placeAt.some((p) => p.start > at && p.start < end) ? at : null;
}

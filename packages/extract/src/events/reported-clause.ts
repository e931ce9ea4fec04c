import { firstTokenFrom, type Token } from "../text/tokens";
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

// "…, adding that an attack …": English participles of saying, before "that".
const SAYING_EN = new Set(["adding", "noting", "stressing", "saying"]);

/** A participle of saying at k followed by what was said: "مشيرة إلى أن", "مؤكدا أن", "adding that". */
function saysThatAt(tokens: readonly Pick<Token, "key">[], k: number): boolean {
  const next = tokens[k + 1]?.key ?? "";
  if (SAYING_EN.has(tokens[k]!.key)) return next === "that";
  if (!SAYING.test(tokens[k]!.key) || !SAID_THAT.has(next)) return false;
  // "إلى" says "that" only with أن after it ("مشيرا إلى الجهود" points at something).
  return next !== "الي" || ["ان", "بان"].includes(tokens[k + 2]?.key ?? "");
}

/**
 * Where the clause of what was said begins (a text offset) when a happening with nobody named is
 * told in it, known by its place printed there ("وقالت X إن الجماعات كثفت هجماتها بين A وB،
 * مشيرة إلى أن هجوما قرب بلدة Y …"): its parties are the states that clause names, not those of
 * the speaker's words before it. Null when the sentence has no such clause or the place is not in it.
 */
export function saidClauseOfHappening(tokens: readonly Pick<Token, "key" | "start">[], start: number, end: number, placeAt: readonly { start: number }[]): number | null {
  const from = firstTokenFrom(tokens, start);
  if (from < 0) return null;
  for (let k = from; k < tokens.length - 1; k++) {
    const at = tokens[k]!.start;
    if (at >= end) break;
    if (saysThatAt(tokens, k)) return placeAt.some((p) => p.start > at && p.start < end) ? at : null;
  }
  return null;
}

// "إن" too, which opens the words after قال.
const THAT_OR_INNA = new Set(["إن", ...THAT]);

/** The "إن", "أن" or "that" opening what the verb at `k` reports, within twelve words before `last`, or null. */
export function clauseAfter(tokens: readonly Pick<Token, "text">[], k: number, last: number): number | null {
  for (let j = k + 1; j < last && j - k <= 12; j++) if (THAT_OR_INNA.has(tokens[j]!.text.toLowerCase())) return j;
  return null;
}

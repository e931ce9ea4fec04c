import type { Token } from "../text/tokens";
import { HAPPENING_KINDS, type CueHit } from "./cues";

// "في ختامه", "خلالها", "عقبه", "at the end of which": a time word pointing back, by its pronoun,
// at the occasion the sentence has just told.
const BACK_TO_IT = /^و?(ف?ي)?(ختام|اختتام|خلال|عقب|بعد|اثر|إثر)(ه|ها|هما)$/u;
// "at the end of which", "after which", "following which".
const BEFORE_WHICH = new Set(["of", "after", "following"]);

/**
 * "عقد X لقاء مع Y، وقع الجانبان في ختامه بروتوكولا …", "X met Y, at the end of which they
 * signed …": a meeting told before a signing the sentence places at its close by a pronoun is the
 * signing's occasion, one agreement, as when the meeting is named after the signing ("وقعا الاتفاق
 * في ختام اجتماع …"). No other happening stands between the meeting and the signing.
 */
export function signedAtItsClose(tokens: readonly Pick<Token, "key">[], c: CueHit, cues: readonly CueHit[]): boolean {
  const signing = cues.find((s) => s.kind === "signing" && s.first > c.last);
  if (!signing) return false;
  if (cues.some((o) => o !== c && o !== signing && HAPPENING_KINDS.has(o.kind) && o.kind !== "agreementNouns" && o.first > c.last && o.first < signing.first)) return false;
  for (let k = c.last + 1; k <= signing.last + 3 && k < tokens.length; k++) {
    if (BACK_TO_IT.test(tokens[k]!.key) && k >= signing.first - 2) return true;
    if (tokens[k]!.key === "which" && k < signing.first && BEFORE_WHICH.has(tokens[k - 1]?.key ?? "")) return true;
  }
  return false;
}

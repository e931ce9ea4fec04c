import type { Token } from "../text/tokens";
import { agreedWhereMet } from "./agreed-in-where-clause";
import { HAPPENING_KINDS, type CueHit } from "./cues";
import { isReportVerb } from "./reported-clause";
import type { Unit } from "./units";
import { WHERE_WORDS } from "./where-words";

type Tok = Pick<Token, "key" | "text">;

const ARTICLE = new Set(["the", "a", "an"]);
// "في ختام اجتماع", "at the end of talks": the close of a meeting is a time too.
const TIME_PREPOSITION = new Set(["خلال", "اثناء", "بعد", "عقب", "ختام", "اختتام", "during", "after", "following", "at"]);

/**
 * Whether a verb of agreeing reports an agreement: it opens the sentence (Arabic puts the verb
 * first), or nothing reported and no "said" comes before it (English puts the parties first);
 * "the agreed text" is an adjective, and "قال إن الجانبين اتفقا" reports words, not the occasion.
 */
export function agreesHere(tokens: readonly Tok[], u: Unit, c: CueHit, cues: CueHit[]): boolean {
  if (c.first - u.first <= 1) return true;
  if (ARTICLE.has(tokens[c.first - 1]?.key ?? "")) return false;
  if (agreedWhereMet(tokens, c, cues)) return true;
  if (cues.some((o) => o.first < c.first && HAPPENING_KINDS.has(o.kind))) return false;
  for (let k = u.first; k < c.first; k++) if (isReportVerb(tokens[k]!)) return false;
  return true;
}

/**
 * "وقعا الاتفاق خلال لقاء …", "signed after a day of talks": a meeting word up to four words after
 * a preposition of time, with no other cue between, is the agreement's occasion.
 */
export function occasionOfAgreement(tokens: readonly Pick<Token, "key">[], c: CueHit, cues: CueHit[]): boolean {
  for (let k = c.first - 1; k >= 0 && c.first - k <= 4; k--) {
    if (TIME_PREPOSITION.has(tokens[k]!.key.replace(/^و(?=.{3})/u, ""))) return true;
    if (cues.some((o) => o !== c && o.first <= k && o.last >= k)) return false;
  }
  return false;
}

// The happenings that reach an agreement, which a meeting told after "where" may be the occasion of.
const AGREEING = new Set<CueHit["kind"]>(["agreeVerbs", "signing", "agreementNouns"]);

/**
 * "The two countries agreed on the patrols in Kasane, where X met Y": a meeting told in a clause
 * of the place where the agreement was reached (after "where", "حيث", with no other happening
 * between) is the agreement's occasion, not a meeting of its own.
 */
export function meetingWhereAgreed(tokens: readonly Pick<Token, "key">[], c: CueHit, cues: CueHit[]): boolean {
  for (let k = c.first - 1; k >= 0 && c.first - k <= 16; k--) {
    if (WHERE_WORDS.has(tokens[k]!.key)) return cues.some((o) => AGREEING.has(o.kind) && o.last < k);
    if (cues.some((o) => o !== c && HAPPENING_KINDS.has(o.kind) && o.first <= k && o.last >= k)) return false;
  }
  return false;
}

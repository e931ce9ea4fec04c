import type { Token } from "../text/tokens";
import { HAPPENING_KINDS, type CueHit } from "./cues";
import { WHERE_WORDS } from "./where-words";

// "where they agreed", "where the two sides agreed", "حيث اتفق الجانبان": the clause's subject may stand between.
const MAX_GAP = 4;

/**
 * "The ministers held talks in X, where they agreed to …", "عقدا جلسة مباحثات في X، حيث اتفقا
 * على …": a verb of agreeing that opens a clause of the place of talks told just before tells
 * what the talks reached, so the sentence reports an agreement although a meeting comes first.
 */
export function agreedWhereMet(tokens: readonly Pick<Token, "key">[], c: CueHit, cues: CueHit[]): boolean {
  for (let k = c.first - 1; k >= 0 && c.first - k <= MAX_GAP; k--) {
    if (WHERE_WORDS.has(tokens[k]!.key)) return cues.some((o) => o.kind === "meeting" && o.last < k);
    if (cues.some((o) => o !== c && HAPPENING_KINDS.has(o.kind) && o.first <= k && o.last >= k)) return false;
  }
  return false;
}

/** The meeting cue `m` names the talks at which a verb of agreeing after "where" says they agreed: one occasion, the agreement. */
export function talksThatAgreed(tokens: readonly Pick<Token, "key">[], m: CueHit, cues: CueHit[]): boolean {
  return cues.some((a) => a.kind === "agreeVerbs" && a.first > m.last && agreedWhereMet(tokens, a, cues) && !cues.some((o) => o !== m && o.kind === "meeting" && o.first > m.last && o.last < a.first));
}

import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

type Tok = Pick<Token, "key" | "text">;

// Verbs of a start whose subject may be the "works" of a gathering ("انطلقت أعمال المؤتمر").
const BEGAN = new Set(["انطلقت", "وانطلقت", "انطلاق", "وانطلاق", "بدأت", "وبدأت", "افتتحت", "وافتتحت"].map(matchKey));
// "أعمال", "فعاليات": the proceedings of the gathering named right after.
const PROCEEDINGS = new Set(["أعمال", "اعمال", "فعاليات"].map(matchKey));
// "أعماله", "فعالياتها": the proceedings of the gathering a relative clause is about.
const OWN_PROCEEDINGS = /^(أعمال|اعمال|فعاليات)(ه|ها)$/u;
const RELATIVE = /^(الذي|التي)$/u;
// The place and the day may stand between the verb and its subject ("انطلقت في باكو، اليوم الثلاثاء 15 يونيو 2027، أعمال …").
const REACH = 24;

/**
 * "انطلقت في العاصمة X، اليوم، أعمال المؤتمر الإقليمي …": the proceedings of a gathering that
 * began are the gathering held, a conference, not an 'other' launch; so is a gathering right
 * after the verb ("انطلاق مؤتمر …"). Returns the verb's cue.
 */
export function gatheringBegan(tokens: readonly Tok[], cues: readonly CueHit[]): CueHit | null {
  for (const c of cues) {
    if (c.kind !== "other" || !BEGAN.has(matchKey(tokens[c.first]!.text))) continue;
    // "انطلاق مؤتمر …" (a headline): the gathering right after the verb.
    if (cues.some((g) => g.kind === "gatheringNouns" && g.first === c.last + 1)) return c;
    // "المنتدى … الذي انطلقت أعماله اليوم": the proceedings of the gathering the clause is about.
    if (OWN_PROCEEDINGS.test(tokens[c.last + 1]?.text ?? "") && RELATIVE.test(tokens[c.first - 1]?.text ?? "") && cues.some((g) => g.kind === "gatheringNouns" && g.first < c.first && c.first - g.first <= 8)) return c;
    for (let k = c.last + 1; k <= c.last + REACH && k + 1 < tokens.length; k++) {
      if (/^[.؛]$/u.test(tokens[k]!.text)) break;
      if (PROCEEDINGS.has(matchKey(tokens[k]!.text)) && cues.some((g) => g.kind === "gatheringNouns" && g.first === k + 1)) return c;
    }
  }
  return null;
}

import { findDates, findRelative } from "../dates/find";
import type { Doc } from "../document";
import type { CueHit } from "./cues";
import type { Unit } from "./units";

// "X, who arrived in Y late on Monday, later called on Z": the clause about the subject, set off by commas.
const RELATIVE = new Set(["who", "which"]);
// "…, later called on", "…, then met": the main clause's doing came after the occasion told before.
const LATER = new Set(["later", "then", "afterwards", "subsequently"]);
const LATER_REACH = 2;

/**
 * "Cleverly, who arrived in Kingston late on Monday, later called on Prime Minister X at Y": every
 * day an English sentence prints lies in a clause about its subject set off by ", who … ,", while
 * the occasion's word (`cue`) stands after it: the day is the clause's doing (the arrival), not the
 * occasion's. Returns undefined when the sentence is not so told; else the occasion's day: that of
 * the occasion told before (`before`) when "later" or "then" opens the main clause again, or null.
 */
export function dayOnlyInWhoClause(doc: Doc, u: Unit, cue: CueHit, before: string | undefined): string | null | undefined {
  const { tokens, text } = doc;
  if (doc.language !== "en") return undefined;
  let open = -1;
  let close = -1;
  for (let k = u.first + 1; k < cue.first; k++) {
    if (open < 0 && tokens[k - 1]!.text === "," && RELATIVE.has(tokens[k]!.key)) open = k;
    else if (open >= 0 && tokens[k]!.text === ",") {
      close = k;
      break;
    }
  }
  if (open < 0 || close < 0) return undefined;
  const days = [...findRelative(tokens, text, u.first, u.last).map((r) => r.firstToken), ...findDates(tokens, text, u.first, u.last, true).map((d) => d.firstToken)];
  if (!days.length || days.some((k) => k < open || k > close)) return undefined;
  for (let k = close + 1; k < cue.first && k - close <= LATER_REACH; k++) if (LATER.has(tokens[k]!.key)) return before ?? null;
  return null;
}

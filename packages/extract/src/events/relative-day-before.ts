import { wordKey, type Token } from "../text/tokens";
import { HAPPENING_KINDS, type CueHit } from "./cues";
import type { EarlierHappening } from "./days-after";

// The pronouns that open a clause describing a noun ("الوحدات التي شاركت …", "the crew who …").
const RELATIVE = new Set(["التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "who", "which", "that"].map(wordKey));
// "أمس", "yesterday": the day before the report's day.
const YESTERDAY = new Set(["أمس", "امس", "yesterday"].map(wordKey));

/**
 * "التقت بعناصر الوحدات التي شاركت أمس الاثنين في إنقاذ طاقم سفينة", "met the crews who
 * yesterday rescued …": a happening told in a clause that describes someone of the sentence's
 * own occasion, dated the day before by that clause, is an earlier happening of its own, one day
 * before the occasion.
 */
export function toldInClauseTheDayBefore(tokens: readonly Token[], u: { first: number; last: number }, cues: CueHit[]): EarlierHappening | null {
  for (let k = u.first + 1; k < u.last; k++) {
    if (!RELATIVE.has(tokens[k]!.key)) continue;
    if (!cues.some((o) => HAPPENING_KINDS.has(o.kind) && o.kind !== "statement" && o.last < k)) continue;
    const day = [k + 1, k + 2, k + 3].find((j) => j < u.last && YESTERDAY.has(tokens[j]!.key));
    if (day === undefined) continue;
    if (cues.some((c) => c.kind === "other" && c.first > day && c.first - day <= 6)) return { days: 1, after: k, type: "other" };
  }
  return null;
}

import { wordKey, type Token } from "../text/tokens";
import type { CueHit } from "./cues";

type Tok = Pick<Token, "key">;

const MODAL = new Set(["will", "would", "shall"]);
// "is due to visit", "is expected to arrive", "plans to tour": the words before "to" that make it a plan.
const PLAN_BEFORE_TO = new Set(["due", "set", "expected", "scheduled", "plans", "planned", "planning", "intends", "is", "are", "was", "were"]);
// The visit cues that tell a journey made, whatever else the sentence plans.
const MADE = /^(visited|arrived|returned|flew|toured)$/u;

// "تناول الاتصال التحضير للزيارة", "تمهيدا للزيارة": the visit a doing prepares, no trip made in it.
const PREPARING_AR = new Set(["التحضير", "للتحضير", "والتحضير", "تحضيرا", "الإعداد", "للإعداد", "والإعداد", "إعدادا", "تمهيدا", "الترتيبات", "ترتيبات"].map(wordKey));

/** "will visit", "is due to visit", "التحضير للزيارة": a visit cue that tells a trip not yet made. */
function plannedCue(tokens: readonly Tok[], c: CueHit): boolean {
  const before = tokens[c.first - 1]?.key ?? "";
  if (MODAL.has(before) || PREPARING_AR.has(before)) return true;
  return before === "to" && PLAN_BEFORE_TO.has(tokens[c.first - 2]?.key ?? "");
}

/**
 * "Kimura, on her first trip to the north, is due to visit the base on Friday": a sentence that
 * plans a visit reports none, though it names the trip it is part of, unless it also tells a
 * journey made ("arrived on Monday and will visit the port tomorrow"); so does one that names a visit
 * as what a doing prepared ("أجرت اتصالا تناول التحضير للزيارة").
 */
export function plansVisitOnly(tokens: readonly Tok[], cues: readonly CueHit[]): boolean {
  const visits = cues.filter((c) => c.kind === "visit");
  return visits.some((c) => plannedCue(tokens, c)) && !visits.some((c) => c.first === c.last && MADE.test(tokens[c.first]!.key) && !plannedCue(tokens, c));
}

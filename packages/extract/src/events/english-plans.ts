import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

// "will sign", "would meet": the verb of the occasion in the future.
export const FUTURE = new Set(["will", "would"]);
// "plans to", "intends to": a verb of intending.
export const INTENDING = new Set(["plans", "plan", "planned", "intends", "intend"]);
// "are to sign", "is due to visit", "is scheduled to meet", "plans to visit": a plan, before "to".
const PLANNED = new Set(["is", "are", "due", "scheduled", "expected", "set", ...INTENDING]);
// (A visit planned so is planned-visit.ts's: the whole sentence tells a plan.)
const KINDS = new Set<CueHit["kind"]>(["signing", "meeting"]);

/**
 * "The two ministers are to sign an agreement in Riga in February", "they will meet again", "is
 * scheduled to meet": an English verb of signing or meeting put in the future or in a plan is an
 * occasion still to come, no happening of the report.
 */
export function plannedInEnglish(tokens: readonly Pick<Token, "key" | "arabic" | "kind">[], c: CueHit): boolean {
  if (!KINDS.has(c.kind) || tokens[c.first]!.arabic) return false;
  const before = tokens[c.first - 1]?.key ?? "";
  if (FUTURE.has(before) || NOT.has(before)) return true;
  if (before === "to" && PLANNED.has(tokens[c.first - 2]?.key ?? "")) return true;
  // "is expected to return to the region in June for a meeting of …": the occasion the plan is for.
  for (let k = c.first - 1; k > 0 && c.first - k <= PLAN_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind === "punct") return false;
    const plan = tokens[k - 1]!.key;
    // Not "is to", nor a bare "due to" ("due to the talks": because of them).
    if (t.key === "to" && PLANNED.has(plan) && plan !== "is" && plan !== "are" && (plan !== "due" || BE.has(tokens[k - 2]?.key ?? ""))) return true;
  }
  return false;
}

// "did not meet the visitor", "didn't sign": an occasion said not to have happened.
const NOT = new Set(["not", "never", "didn't", "didn’t"]);
const BE = new Set(["is", "are", "was", "were"]);
// The plan's verb stands in the occasion's clause, some words before its noun.
const PLAN_REACH = 12;

// "the next meeting", "the upcoming visit": an occasion named as the one to come.
const TO_COME = new Set(["next", "upcoming", "forthcoming"]);
const NAMED_TO_COME = new Set<CueHit["kind"]>(["meeting", "visit", "gatheringNouns"]);

/**
 * "The next meeting of the joint commission is scheduled to take place in Lomé in June", "ahead of
 * the upcoming visit": an English occasion named as the next one is still to come.
 */
export function namedToCome(tokens: readonly Pick<Token, "key" | "arabic">[], c: CueHit): boolean {
  return NAMED_TO_COME.has(c.kind) && !tokens[c.first]!.arabic && TO_COME.has(tokens[c.first - 1]?.key ?? "");
}

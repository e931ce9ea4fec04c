import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import { verbBeforeCue } from "./verb-before-cue";
import type { Unit } from "./units";
import { FUTURE, INTENDING } from "./english-plans";

// The future (سـ) of a verb of taking part in, carrying out, starting or handing over:
// "ستشارك … في تمرين مشترك", "ستنفذ القوات مناورات", "ستسلم الشركة زورقين".
const FUTURE_AR = /^و?س[يت](شارك|شاركان|نفذ|جري|سلم|قوم|بدأ|نطلق|ختتم|نظم|عقد)(ان|ون)?$/u;
// A verb of intending or looking forward to it: "تتطلع إلى تنفيذ تمرين", "تعتزم إجراء مناورات".
const INTEND_AR = /^و?[يت](تطلع|عتزم|نوي|خطط)(ان|ون)?$/u;
// English: "will take part in a joint exercise", "would hold drills", "plan to hold their first
// combined exercise": the verb reaches past an object's determiner and adjectives to the noun.
const FUTURE_EN = new Set([...FUTURE, ...INTENDING, "hopes", "hope"]);
const REACH_AR = 7;
const REACH_EN = 6;

/**
 * Whether the 'other' cue `c` names a happening a verb in the future before it puts still to come
 * ("وقال X إن قواته ستشارك مع نظيرتها في تمرين مشترك في أغسطس", "the navies will hold drills"): a
 * plan, no happening. The verb stands close before the cue with no other happening's cue between.
 */
export function otherToCome(tokens: readonly Pick<Token, "text" | "key">[], u: Unit, c: CueHit, cues: readonly CueHit[]): boolean {
  if (c.kind !== "other") return false;
  const future = (k: number) => FUTURE_AR.test(tokens[k]!.text) || INTEND_AR.test(tokens[k]!.text) || (FUTURE_EN.has(tokens[k]!.key) && c.first - k <= REACH_EN);
  return verbBeforeCue(u, c, cues, REACH_AR, future) >= 0;
}

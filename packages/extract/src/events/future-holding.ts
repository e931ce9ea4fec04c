import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import { verbBeforeCue } from "./verb-before-cue";
import type { Unit } from "./units";

// Verbs of holding, organising or going on with an occasion: "تعقد اللجنة اجتماعا", "ستنظم الغرفة
// زيارة", "يواصل الوزير جولته".
const HOLDING = "(عقد|نظم|جري|قيم|واصل)";
// The future (سـ) of such a verb: the occasion is still to come, whatever else the sentence says.
const FUTURE = new RegExp(`^و?س[يت]${HOLDING}(ان|ون)?$`, "u");
// Its imperfect, a plan only beside a time to come ("الأسبوع المقبل", "غدا").
const IMPERFECT = new RegExp(`^و?[يت]${HOLDING}(ان|ون)?$`, "u");
const TO_COME = /^(المقبل|المقبلة|القادم|القادمة|غدا|غداً)$/u;
// "وتقام مباراة الإياب السبت المقبل": the passive "is staged", said of any occasion, a match or a rally too.
const STAGED = /^و?[يت]قام$/u;
// The occasions such a verb holds.
const HELD = new Set(["meeting", "visit", "gatheringNouns", "ceremony"]);
const PURPOSE = /^(لبحث|لمناقشة|للتباحث|لدراسة|لتقييم)$/u;
// "يواصل جولته غدا بزيارة إلى برن": the visit the planned tour goes on by.
const BY_VISIT = /^بزيار(ة|ه|تين)$/u;

/**
 * Whether the cue `c` names an occasion a verb of holding before it in its sentence puts in the
 * future: "ستنظم الغرفة زيارة لوفد …", "وتعقد اللجنة اجتماعا الأسبوع المقبل": a plan, no happening.
 * The verb stands at most seven words before the cue, with no other happening's cue between.
 */
export function heldLater(tokens: readonly Pick<Token, "text">[], u: Unit, c: CueHit, cues: readonly CueHit[]): boolean {
  // "… اجتماعا الأسبوع المقبل لبحث …": what the planned occasion is for is planned with it, and so
  // is the visit it goes on by.
  if (PURPOSE.test(tokens[c.first]!.text) || BY_VISIT.test(tokens[c.first]!.text)) return cues.some((o) => o.last < c.first && c.first - o.last <= 4 && HELD.has(o.kind) && heldLater(tokens, u, o, cues));
  const held = HELD.has(c.kind);
  if (!held && c.kind !== "other") return false;
  const verb = verbBeforeCue(u, c, cues, 7, (k) => (held && (FUTURE.test(tokens[k]!.text) || IMPERFECT.test(tokens[k]!.text))) || STAGED.test(tokens[k]!.text));
  if (verb < 0) return false;
  if (FUTURE.test(tokens[verb]!.text)) return true;
  for (let k = u.first; k < u.last; k++) if (TO_COME.test(tokens[k]!.text)) return true;
  return false;
}

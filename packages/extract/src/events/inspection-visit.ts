import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { EventType } from "./event-read";
import { occasionAsTime } from "./tied-to-occasion";
import { WHERE_WORDS } from "./where-words";

// "تفقد", "وتفقدت", "تفقدا" (the two), "يتفقد", "inspected": the verbs of inspecting (keys, the Arabic ones with a proclitic و or ف).
const INSPECT = /^([وف]?(تفقد|تفقدت|تفقدا|يتفقد|تتفقد)|inspected)$/u;

/**
 * "تفقد قائد القوات البرية الكتيبة التركية في معسكر X", "وكان قائد الجيش قد تفقد الوحدات المنتشرة
 * في بلدة Y": an inspection that is all a sentence reports is a visit to the place inspected.
 * Beside a journey or talks ("وخلال عودته تفقد …") it stays an act of its own on that occasion.
 */
export function inspectionIsVisit(tokens: readonly Pick<Token, "key">[], cues: readonly CueHit[], types: readonly EventType[]): boolean {
  if (!types.includes("other") || !types.every((t) => t === "other" || (t === "meeting" && cues.filter((c) => c.kind === "meeting").every((c) => meetingAsTime(tokens, c))))) return false;
  if (cues.some((c) => c.kind === "visit" || c.kind === "returnCues" || (c.kind === "meeting" && !meetingAsTime(tokens, c)))) return false;
  const acts = cues.filter((c) => c.kind === "other" || c.kind === "otherVerbs");
  return acts.length > 0 && acts.every((c) => c.first === c.last && INSPECT.test(tokens[c.first]!.key));
}

/**
 * "وبعد الاجتماع تفقد …": talks named only as when it was done are no talks beside it. A module
 * function, not a closure made at every sentence (under tsx each named closure costs a defineProperty).
 */
function meetingAsTime(tokens: readonly Pick<Token, "key">[], c: CueHit): boolean {
  return c.kind === "meeting" && occasionAsTime(tokens, c.first);
}

// "خلالها", "during which": what follows, or the verb just before, was done during the visit named.
export const DURING_IT = new Set(["خلالها", "خلاله", "وخلالها", "وخلاله"]);
// How far back (in words) a "during it" may stand from an act joined to the act it tells.
const DURING_REACH = 12;

/**
 * "زار المنشاوي قاعدة X، حيث تفقد مركز تدريب الطيارين", "وصل إلى مدينة Y، حيث تفقد القوات": an
 * act told after "where" in a sentence that reports a visit is what the visit did there, not a
 * happening of its own; so is one told "during it" ("في ختام زيارة … تفقد خلالها ميادين الرماية",
 * "a visit during which she toured the yard").
 */
export function doneOnVisit(tokens: readonly Pick<Token, "key">[], verb: CueHit, types: readonly EventType[]): boolean {
  if (!types.includes("visit")) return false;
  if ([1, 2].some((d) => WHERE_WORDS.has(tokens[verb.first - d]?.key ?? ""))) return true;
  if (DURING_IT.has(tokens[verb.last + 1]?.key ?? "") || DURING_IT.has(tokens[verb.first - 1]?.key ?? "")) return true;
  // "في زيارة … يلتقي خلالها المسؤولين، ويتفقد معسكرا": an act joined to one done during it was
  // done during it too.
  if (/^[وف]/u.test(tokens[verb.first]?.key ?? "") && tokens.slice(Math.max(0, verb.first - DURING_REACH), verb.first).some((t) => DURING_IT.has(t.key))) return true;
  return [2, 3].some((d) => tokens[verb.first - d]?.key === "during" && tokens[verb.first - d + 1]?.key === "which");
}

/**
 * "تفقدت الوزيرة القاعدة البحرية بصفاقس، حيث التقت بعناصر الوحدات …", "toured the base, where
 * she met the crews": talks held where someone inspected are part of the visit the inspection
 * makes. Returns the inspecting verb when every meeting of the sentence is told so, else null.
 */
export function metWhereInspected(tokens: readonly Pick<Token, "key">[], cues: readonly CueHit[]): CueHit | null {
  const inspect = cues.find((c) => (c.kind === "other" || c.kind === "otherVerbs") && c.first === c.last && INSPECT.test(tokens[c.first]!.key));
  const meetings = cues.filter((c) => c.kind === "meeting");
  if (!inspect || !meetings.length || cues.some((c) => c.kind === "visit")) return null;
  return meetings.every((m) => m.first > inspect.last && [1, 2].some((d) => WHERE_WORDS.has(tokens[m.first - d]?.key ?? ""))) ? inspect : null;
}

import rules from "../rules/events.json";
import { matchKey } from "../text/normalize";
import { PhraseTrie } from "../text/phrase-trie";
import type { Token } from "../text/tokens";

/** The word a guarded cue needs after it (see rules/events.json guardedOther). */
interface Guard {
  objects: Set<string>;
  /** Words one of which must stand before the cue, within `within` words: who does it ("the court … ordered"). */
  subjects: Set<string>;
  notObjects: Set<string>;
  notAfter: Set<string>;
  within: number;
  /** How far back one of `objects` may stand instead, as the subject told before its verb ("وكانت طائرة شحن … قد هبطت"); 0: only after. */
  before: number;
  /** How far back a "that" (إن، أن) may stand to make the cue part of what someone said. */
  notSaidWithin: number;
  /** Words one of which must follow the cue when its object stands before it ("the clinic opened in X", not "the hospital … opened talks"); empty: any. */
  beforeNext: Set<string>;
}

// "قالت الوزيرة إن إسلام آباد استدعت …": the happening is the speaker's, told as her words.
// "General X said Togo had deployed troops": English often says it with no "that".
const SAID_THAT = new Set(["ان", "بان", "that", "said"].map(matchKey));
const SENTENCE_END = /^[.؛!?؟]$/u;

const guards = new PhraseTrie<Guard>(
  Object.entries(rules.guardedOther).flatMap(([family, g]) => {
    if (family === "$comment" || typeof g === "string") return [];
    const spec = g as { cues: string[]; objects?: string[]; subjects?: string[]; notObjects?: string[]; notAfter?: string[]; within?: number; before?: number; notSaidWithin?: number; beforeNext?: string[] };
    const keys = (ws: string[] | undefined) => new Set((ws ?? []).map(matchKey));
    const guard: Guard = { objects: keys(spec.objects), subjects: keys(spec.subjects), notObjects: keys(spec.notObjects), notAfter: keys(spec.notAfter), within: spec.within ?? 1, before: spec.before ?? 0, notSaidWithin: spec.notSaidWithin ?? 0, beforeNext: keys(spec.beforeNext) };
    return spec.cues.map((c) => [c, guard] as const);
  }),
);

/** The guarded 'other' cues, to be filed with the rest and checked by `guardHolds`. */
export const guardedCuePhrases: string[] = Object.entries(rules.guardedOther).flatMap(([family, g]) => (family === "$comment" || typeof g === "string" ? [] : (g as { cues: string[] }).cues));

/**
 * Whether an 'other' cue ending at `last` stands beside the word it needs: "نشرت … ألفي جندي"
 * deploys, "نشرت الصحيفة صورا" publishes; "the court ordered" rules, "the minister ordered" does not; "ضبط سفينة" seizes, "ضبط الحدود" and "آليات ضبط المعابر" control. A cue with
 * no guard always holds.
 */
export function guardHolds(tokens: readonly Token[], first: number, last: number, text: string): boolean {
  const m = guards.matchAt(tokens, first, text);
  if (!m || m.last !== last) return true;
  const g = m.value;
  const word = (k: number) => (tokens[k] ? matchKey(tokens[k].text) : "");
  if (g.notObjects.has(word(last + 1)) || g.notAfter.has(word(first - 1))) return false;
  for (let k = first - 1; k >= first - g.notSaidWithin && k >= 0; k--) if (SAID_THAT.has(word(k))) return false;
  // "The High Court on Tuesday ordered …" orders as a court; "the minister ordered …" does not.
  if (g.subjects.size) {
    for (let k = first - 1; k >= first - g.within && k >= 0; k--) if (g.subjects.has(word(k))) return true;
    return false;
  }
  if (!g.objects.size) return true;
  for (let k = last + 1; k <= last + g.within && k < tokens.length; k++) if (g.objects.has(word(k))) return true;
  // "وكانت طائرة إغاثة … قد حطت", "A clinic for X opened in Y": the subject told first, within the sentence.
  if (g.beforeNext.size && !g.beforeNext.has(word(last + 1))) return false;
  for (let k = first - 1; k >= first - g.before && k >= 0 && !SENTENCE_END.test(tokens[k]!.text); k--) if (g.objects.has(word(k))) return true;
  return false;
}

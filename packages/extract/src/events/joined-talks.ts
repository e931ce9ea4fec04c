import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { EventRead, EventType } from "./event-read";
import type { Unit } from "./units";

type Tok = Pick<Token, "key" | "text">;

// The verbs of taking part (not of attending: who attends takes no part in the talks).
const TOOK_PART = /^(و?(شارك|يشارك|تشارك|شاركت|شاركا|شاركوا)|participated|participates|joined)$/u;
// "وقدم X خلال المباحثات إيجازا", "X briefed the talks": who presented at the talks took part in them.
const BRIEFED = /^(و?(قدم|قدمت|عرض|عرضت|استعرض|استعرضت)|briefed|presented)$/u;
const DURING = new Set(["خلال", "during", "at"]);
// The talks are named within a few words of the verb, after its subject ("وقدم قائد المنطقة، العميد X، خلال المباحثات").
const BRIEF_REACH = 14;
// The talks named as ones told already: with the article ("المباحثات", "the talks").
const DEFINITE = /^(و|ف|ب|وب)?ال/u;
// "X told the meeting that …", "X addressed the talks": who spoke to the talks took part in them.
const ADDRESSED = new Set(["told", "addressed", "briefed", "informed", "assured", "reminded"]);
// How many sentences back the talks may have been told.
const REACH = 3;

/** Whether the meeting cue names talks told already ("في جانب من المباحثات", "in the talks"). */
function toldTalks(tokens: readonly Tok[], c: CueHit): boolean {
  const t = tokens[c.first]!;
  return /[a-z]/iu.test(t.text) ? tokens[c.first - 1]?.key === "the" : DEFINITE.test(t.text);
}

/**
 * "وشارك في جانب من المباحثات المدير العام … والملحق العسكري …", "X also took part in the talks",
 * "وقدم X خلال المباحثات إيجازا", "X told the meeting that …": a sentence that tells only who else
 * took part in (or presented at, or spoke to) talks told just before adds them to those
 * talks; it is no meeting of its own. Returns those talks, or null.
 */
export function joinedTalks(tokens: readonly Tok[], u: Unit, cues: readonly CueHit[], types: readonly EventType[], found: readonly EventRead[], ui: number): EventRead | null {
  if (types.length !== 1 || types[0] !== "meeting") return null;
  const part = cues.find((c) => c.kind === "participation" && c.first - u.first <= 1 && c.first === c.last && TOOK_PART.test(tokens[c.first]!.key));
  const meetings = cues.filter((c) => c.kind === "meeting");
  if (part) {
    if (!meetings.length || !meetings.every((c) => c.first > part.last && toldTalks(tokens, c))) return null;
  } else if (!briefedDuring(tokens, u, meetings) && !addressedTalks(tokens, meetings)) return null;
  return found.findLast((e) => e.type === "meeting" && ui - e.unit <= REACH) ?? null;
}

/** "وقدم X خلال المباحثات إيجازا": a sentence opened by a verb of presenting, with the talks told already named after "خلال"/"during". */
function briefedDuring(tokens: readonly Tok[], u: Unit, meetings: readonly CueHit[]): boolean {
  if (!BRIEFED.test(tokens[u.first]?.key ?? "") || !meetings.length) return false;
  return meetings.every((c) => c.first - u.first <= BRIEF_REACH && DURING.has(tokens[c.first - (tokens[c.first - 1]?.key === "the" ? 2 : 1)]?.key ?? "") && toldTalks(tokens, c));
}

/** "X told the meeting that …", "addressed the talks": the talks told already, spoken to by the sentence's subject. */
function addressedTalks(tokens: readonly Tok[], meetings: readonly CueHit[]): boolean {
  const c = meetings.length === 1 ? meetings[0]! : null;
  return !!c && tokens[c.first - 1]?.key === "the" && ADDRESSED.has(tokens[c.first - 2]?.key ?? "");
}

import rules from "../rules/events.json";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { EventRead } from "./event-read";
import type { Unit } from "./units";

const ARRIVAL = new Set([...rules.arrivalWords.ar, ...rules.arrivalWords.en].map((w) => matchKey(w)));

/**
 * "وكانت الوزيرة قد وصلت إلى كولومبو أمس", "had arrived in Lima on Monday": told after what she
 * came for, an arrival says how she got there; only a visit word ("في زيارة رسمية") makes it a
 * visit of its own.
 */
export function backstoryArrival(tokens: readonly Pick<Token, "key" | "text">[], u: Unit, visitCues: CueHit[]): boolean {
  if (!visitCues.length || !pluperfect(tokens, u)) return false;
  return visitCues.every((c) => ARRIVAL.has(matchKey(tokens.slice(c.first, c.last + 1).map((t) => t.text).join(" "))));
}

/** Whether one of the visit's cues is a word of arriving ("وصل", "arrived"). */
export function tellsArrival(tokens: readonly Pick<Token, "key" | "text">[], visitCues: CueHit[]): boolean {
  return visitCues.some((c) => ARRIVAL.has(matchKey(tokens.slice(c.first, c.last + 1).map((t) => t.text).join(" "))));
}

/** "وكان X قد زار …", "had visited": the sentence tells what happened before the report's day. */
export function pluperfect(tokens: readonly Pick<Token, "key" | "text">[], u: Pick<Unit, "first" | "last">): boolean {
  const opener = tokens[u.first]?.text ?? "";
  if (/^و?كان(ت)?$/u.test(opener)) {
    for (let k = u.first + 1; k < u.last && k - u.first <= 10; k++) if (tokens[k]!.text === "قد") return true;
  }
  for (let k = u.first; k < u.last - 1; k++) if (tokens[k]!.key === "had" && /ed$/.test(tokens[k + 1]!.key)) return true;
  return false;
}

/** "يذكر أن الوحدات كانت قد حجزت …": كان and قد among the sentence's first words, after what opens it. */
export function hadDoneNear(tokens: readonly Pick<Token, "text">[], u: Unit): boolean {
  for (let k = u.first; k < u.last && k - u.first <= 8; k++) {
    if (!/^و?كان(ت|وا)?$/u.test(tokens[k]!.text)) continue;
    for (let j = k + 1; j < u.last && j - k <= 3; j++) if (tokens[j]!.text === "قد") return true;
  }
  return false;
}

/** An occasion told as earlier news: in the pluperfect, as an agreement of past years, or in a clause of another's sentence. */
export function toldAsEarlier(e: Pick<EventRead, "backstory" | "backdrop" | "clauseStart">): boolean {
  return !!e.backstory || !!e.backdrop || e.clauseStart !== undefined;
}

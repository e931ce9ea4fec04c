import type { Ctx } from "../persons/anchor-spans";
import rules from "../rules/events.json";
import { PhraseTrie } from "../text/phrase-trie";
import { HAPPENING_KINDS, type CueHit } from "./cues";
import { isPossessiveS } from "../text/english-marks";
import { WEEKDAY_NAMES } from "../dates/calendar";
import type { Token } from "../text/tokens";
import type { EventType } from "./event-read";

// The definite nouns that name an occasion already reported, by the type of that occasion.
const toldOccasionTrie = new PhraseTrie<EventType>(Object.entries(rules.toldOccasion).flatMap(([type, phrases]) => phrases.map((p) => [p, type as EventType] as const)));
const RELATIVE = new Set(["الذي", "التي", "الذى"]);

/**
 * Whether every cue of the sentence that reports `type` is a definite noun naming an occasion
 * already told ("وركزت المحادثات على …"): the sentence then adds to that occasion.
 */
export function onlyToldAs(ctx: Ctx, type: EventType, cues: CueHit[]): boolean {
  if (!cues.length) return false;
  // English puts the article before the noun ("after the meeting"): the phrase starts a word earlier.
  return cues.every(
    (c) =>
      [c.first, c.first - 1].some((f) => {
        const m = f >= 0 ? toldOccasionTrie.matchAt(ctx.doc.tokens, f, ctx.doc.text) : null;
        return !!m && m.value === type && m.last === c.last;
      }) || afterDayPossessive(ctx, type, c),
  );
}

/**
 * "In Thursday's meeting, …": a weekday in the possessive before an occasion's noun points at it
 * as "the" does, at the one of that day the report has told.
 */
function afterDayPossessive(ctx: Ctx, type: EventType, c: CueHit): boolean {
  return c.first === c.last && dayPossessiveBefore(ctx.doc.tokens, c.first) && TOLD_ENGLISH_NOUNS.get(ctx.doc.tokens[c.first]!.key) === type;
}

/** Whether a weekday in the possessive stands right before token `k` ("Thursday's meeting"). */
export function dayPossessiveBefore(tokens: readonly Token[], k: number): boolean {
  const day = tokens[k - 3];
  return !!day && !day.arabic && WEEKDAY_NAMES.has(day.key) && isPossessiveS(tokens, k - 1);
}

// The nouns of the English told occasions ("the meeting" → meeting), by type.
const TOLD_ENGLISH_NOUNS = new Map(
  Object.entries(rules.toldOccasion).flatMap(([type, phrases]) => phrases.filter((p) => p.startsWith("the ")).map((p) => [p.slice(4), type as EventType] as const)),
);

/**
 * "وعقد اللقاء بحضور …", "The meeting was held in the presence of …": every happening the
 * sentence names is a definite noun for one already told, so it only says who attended it.
 */
export function tellsNothingNew(ctx: Ctx, cues: CueHit[], attendance: CueHit): boolean {
  const { tokens, text } = ctx.doc;
  const toldEndingAt = (c: CueHit) => [c.first, c.first - 1].some((f) => f >= 0 && toldOccasionTrie.matchAt(tokens, f, text)?.last === c.last);
  return cues
    // "was attended by" holds the participation verb "attended", which is this attendance.
    // "وذكرت الوزارة في بيان أن اللقاء … حضره": the statement is how the report came, nothing new.
    .filter((c) => HAPPENING_KINDS.has(c.kind) && c.kind !== "statement" && !(c.first >= attendance.first && c.last <= attendance.last))
    // "وعقد اللقاء": عقد before a told occasion is the verb "held", not a contract.
    // "اللقاء الذي عقد في …": عقد after a relative pronoun is the verb too.
    .every((c) => toldEndingAt(c) || (c.kind === "agreementNouns" && c.first === c.last && (!!toldOccasionTrie.matchAt(tokens, c.last + 1, text) || RELATIVE.has(tokens[c.first - 1]?.key ?? ""))));
}

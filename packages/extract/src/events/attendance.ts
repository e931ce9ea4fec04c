import type { Ctx } from "../persons/anchor-spans";
import { findCue, type CueHit } from "./cues";
import type { EventRead, EventType } from "./event-read";
import { tellsNothingNew } from "./told-occasions";

/**
 * "وحضر اللقاء ومراسم التوقيع X": a sentence that opens with attendance, or names only occasions
 * already told, adds the people it names to the events just reported (the meeting, the signing or
 * the ceremony it names, else the last one), unless told as extra to them. Returns whether the
 * sentence was read so.
 */
export function joinAttendance(ctx: Ctx, cues: CueHit[], found: EventRead[], who: () => number[]): boolean {
  const attendance = findCue(cues, "attendance");
  if (!attendance || !found.length || !(attendance.first === cues[0]!.first || tellsNothingNew(ctx, cues, attendance))) return false;
  const people = who();
  const wanted = new Set<EventType>();
  if (cues.some((c) => c.kind === "meeting")) wanted.add("meeting");
  if (cues.some((c) => c.kind === "signing")) wanted.add("agreement");
  if (cues.some((c) => c.kind === "ceremony")) wanted.add("reception");
  const last = found[found.length - 1]!;
  // "وحضر الجلسة الختامية X" after a visit told on the sidelines: he attended the session, not the visit.
  const gatheringOnly = cues.some((c) => c.kind === "gatheringNouns") && last.type !== "meeting" && last.type !== "conference";
  const targets = wanted.size ? [...wanted].map((t) => found.findLast((e) => e.type === t)).filter((e): e is EventRead => !!e) : gatheringOnly ? [] : [last];
  // "X also attended the talks": 'also' sets the attendee beside those who met, not among them.
  if (alsoPresent(ctx, attendance)) return true;
  // An occasion told with nobody named ("A meeting was held in Y. Z attended the meeting") is not
  // the attendee's: those who held it are unknown, and he would stand for them.
  // "X and Y attended the signing, as did Z", "The signing was attended by X": in English the gold
  // reads an attendee as no party, whatever the word before the verb. (Arabic "وحضر اللقاء X" keeps
  // joining: a set's score fell when it did not.)
  if (ctx.doc.language === "en") return true;
  for (const e of targets) if (e.participants.length) for (const i of people) if (!e.participants.includes(i)) e.participants.push(i);
  return true;
}

/** "also attended", "was also attended by", "were also present": 'also' just before the cue. */
function alsoPresent(ctx: Ctx, attendance: CueHit): boolean {
  return ctx.doc.tokens.slice(Math.max(0, attendance.first - 2), attendance.first).some((t) => t.key === "also");
}

import type { Ctx } from "../persons/anchor-spans";
import { findCue, type CueHit } from "./cues";
import type { EventRead, EventType } from "./event-read";
import { tellsNothingNew } from "./told-occasions";

/**
 * "وحضر اللقاء ومراسم التوقيع X": a sentence that opens with attendance, or names only occasions
 * already told, adds the people it names to the events just reported (the meeting, the signing or
 * the ceremony it names, else the last one). Returns whether the sentence was read so.
 */
export function joinAttendance(ctx: Ctx, cues: CueHit[], found: EventRead[], who: () => number[]): boolean {
  const attendance = findCue(cues, "attendance");
  if (!attendance || !found.length || !(attendance.first === cues[0]!.first || tellsNothingNew(ctx, cues, attendance))) return false;
  const people = who();
  const wanted = new Set<EventType>();
  if (cues.some((c) => c.kind === "meeting")) wanted.add("meeting");
  if (cues.some((c) => c.kind === "signing")) wanted.add("agreement");
  if (cues.some((c) => c.kind === "ceremony")) wanted.add("reception");
  const targets = wanted.size ? [...wanted].map((t) => found.findLast((e) => e.type === t)).filter((e): e is EventRead => !!e) : [found[found.length - 1]!];
  for (const e of targets) for (const i of people) if (!e.participants.includes(i)) e.participants.push(i);
  return true;
}

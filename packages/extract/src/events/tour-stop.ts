import type { CueHit } from "./cues";
import type { EventRead } from "./event-read";

/**
 * "وخلال زيارته، … كما زار المدرسة البحرية بالدار البيضاء", "During the visit he toured …": a
 * sentence that refers back to a visit and goes on to name a place visited tells one stop of it.
 */
export function toldAsStop(cues: readonly CueHit[], visitWords: readonly CueHit[]): boolean {
  return visitWords.some((v) => referred(cues, v)) && visitWords.some((v) => !referred(cues, v));
}

/** Whether a cue of reference ends right before the visit word (a module function: asked per sentence, no closure made per call). */
function referred(cues: readonly CueHit[], v: CueHit): boolean {
  return cues.some((r) => r.kind === "reference" && v.first > r.last && v.first - r.last <= 1);
}

/**
 * A visit already placed keeps its destination against a later report of one stop of its tour
 * (a site visited "during the visit", or on a later day than the one it was placed on): the stop
 * is where the visitor went that day, not where the visit went. An arrival still says where.
 */
export function stopOfTour(visit: EventRead, report: EventRead): boolean {
  if (visit.type !== "visit" || !visit.location || report.arrival) return false;
  return !!report.tourStop || (!!report.date && !!visit.date && report.date > visit.date);
}

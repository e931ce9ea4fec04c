import type { LocationRead } from "../places/locations";
import { findCue, type CueHit } from "./cues";
import type { EventRead, EventType } from "./event-read";
import type { Unit } from "./units";

/**
 * "جاء ذلك خلال لقاء جمع …": a sentence that opens by saying where and among whom the event just
 * told happened, and reports nothing but that meeting, adds to that event.
 */
export function tellsOccasionOfPrevious(cues: CueHit[], u: Unit, types: EventType[]): boolean {
  const occasion = findCue(cues, "occasionOf");
  return !!occasion && occasion.first - u.first <= 1 && types.every((t) => t === "meeting");
}

/** The event just told takes the occasion's people and, when it names one, its place. */
export function joinOccasion(prev: EventRead, participants: number[], place: LocationRead | null): void {
  for (const i of participants) if (!prev.participants.includes(i)) prev.participants.push(i);
  if (place) {
    prev.location = place;
    prev.datelinePlace = false;
  }
}

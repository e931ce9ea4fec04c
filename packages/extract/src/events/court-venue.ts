import type { LocationRead } from "../places/locations";
import rules from "../rules/events.json";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { PlaceAt } from "./sentence-places";
import type { Unit } from "./units";

const COURT = new Set([...rules.courtNouns.ar, ...rules.courtNouns.en].map((w) => matchKey(w)));
// A court's name runs a few words past its noun ("محكمة الجنايات الخاصة في X", "criminal court in X province").
const NAME_REACH = 5;
// The court rules close to its noun: as the verb's subject ("قضت محكمة …") or before it ("a court in X sentenced").
const SUBJECT_REACH = 10;

/**
 * A ruling is handed down where the court sits: the place printed in the court's name
 * ("وكانت محكمة جنايات X قد قضت", "a court in X province sentenced"). The places the sentence
 * goes on to name are where the crime was done or the project was run ("… بمحافظة Y"), no venue;
 * a court named by no place leaves the sentence with none (the wire's city then says better).
 * `null` when the sentence's happening is no court's.
 */
export function courtVenue(tokens: readonly Token[], u: Unit, cues: readonly CueHit[], here: PlaceAt[], locations: readonly LocationRead[]): PlaceAt[] | null {
  const other = cues.filter((c) => c.kind === "other");
  if (!other.length) return null;
  for (let k = u.first; k < u.last; k++) {
    if (!COURT.has(tokens[k]!.key)) continue;
    // "وكانت محكمة X قد أصدرت …": a court opening the sentence is its subject, however far its verb.
    const subject = k - u.first <= 1 || other.some((c) => c.last === k - 1 || (c.first > k && c.first - k <= SUBJECT_REACH && !punctBetween(tokens, k, c.first)));
    if (!subject) continue;
    const inName = (first: number) => first > k && first - k <= NAME_REACH && !punctBetween(tokens, k, first);
    const printed = here.filter((h) => inName(h.s.first));
    return printed.length ? printed : namedInCourt(tokens, k, locations, inName);
  }
  return null;
}

function punctBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (tokens[j]!.kind === "punct") return true;
  return false;
}

/**
 * "محكمة جنايات X": a place inside the court's name is read as part of the body, no place mention
 * of its own; the story's place of that name is still where the court sits.
 */
function namedInCourt(tokens: readonly Token[], k: number, locations: readonly LocationRead[], inName: (first: number) => boolean): PlaceAt[] {
  for (let j = k + 1; inName(j) && j < tokens.length; j++) {
    for (const l of locations) {
      const words = l.name.split(/\s+/u).map((w) => matchKey(w));
      if (words.every((w, i) => tokens[j + i]?.key === w)) return [{ l, s: { first: j, last: j + words.length - 1 } }];
    }
  }
  return [];
}

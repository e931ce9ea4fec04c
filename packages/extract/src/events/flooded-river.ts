import type { LocationRead } from "../places/locations";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

const RIVER = /^(ال)?نهر\s|\briver\b/iu;

/**
 * "إثر فيضان نهر شبيلي", "after the flood of the Juba River": the river printed right after a
 * disaster's noun is what overflowed, not where the flood was suffered; the flood stands in the
 * town its sentence tells of.
 */
export function riverThatFlooded(tokens: readonly Pick<Token, "key">[], place: LocationRead | null, cues: readonly CueHit[]): boolean {
  if (!place || !RIVER.test(place.name)) return false;
  return place.spans.some((s) => cues.some((c) => c.kind === "other" && (s.first === c.last + 1 || (s.first === c.last + 2 && ["of", "the"].includes(tokens[c.last + 1]!.key)))));
}

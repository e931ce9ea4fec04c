import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import { mostSpecific, type PlaceAt } from "./sentence-places";
import type { LocationRead } from "../places/locations";

// "في زيارة": the visit's noun told as the errand of a stay just named.
const ON_VISIT = "في";
// How far back the stay's clause may reach before the visit's noun.
const REACH = 14;

/**
 * "استقبل … بمكتبه في قاعدة X … قائد الفرقاطة التي ترسو في ميناء Y في زيارة صداقة": a visit told
 * by its noun after the clause of where the visitors are ("ترسو في", "يقيم في") went there, not to a
 * place the sentence names in another clause (the host's office). The most specific place of that
 * clause, back to its comma, is the visit's.
 */
export function placeOfVisitClause(tokens: readonly Token[], cue: CueHit, here: readonly PlaceAt[]): LocationRead | null {
  const on = cue.first - 1;
  if (tokens[on]?.key !== ON_VISIT) return null;
  let start = on;
  while (start > 0 && cue.first - start < REACH && tokens[start - 1]!.kind !== "punct") start--;
  if (start > 0 && tokens[start - 1]!.kind !== "punct") return null;
  const inClause = here.filter((h) => h.s.first >= start && h.s.last < on);
  // Only when the sentence names places outside the clause too: else the usual choice stands.
  if (!inClause.length || inClause.length === here.length) return null;
  return mostSpecific(inClause);
}


import { findDates } from "../dates/find";
import type { Doc } from "../document";
import type { CueHit } from "./cues";
import type { DatelineSpan } from "./dateline-place";
import type { Unit } from "./units";

/**
 * The full date a unit prints outside the dateline when it tells a gathering, a meeting or
 * "على هامش": the day a meeting "on the sidelines" of it, told in a unit after, took place.
 */
export function gatheringDate(doc: Doc, u: Unit, cues: CueHit[], dateline: DatelineSpan | null): string | undefined {
  if (!cues.some((c) => c.kind === "gatheringNouns" || c.kind === "sidelines" || c.kind === "meeting")) return undefined;
  return findDates(doc.tokens, doc.text, u.first, u.last, doc.language === "en").find((d) => d.iso && !(dateline && d.firstToken >= dateline.first && d.firstToken < dateline.last))?.iso ?? undefined;
}

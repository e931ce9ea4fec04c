import type { LocationRead } from "../places/locations";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { Unit } from "./units";

const TO = new Set(["إلى", "الى"].map((w) => matchKey(w)));
// The imperfect of عاد: "يعود", "تعود", with a proclitic "و" or "ف".
const IMPERFECT = /^[وف]?[يت]عود$/u;

/**
 * "فإن تعطل المشاريع يعود إلى صعوبات", "تعود إلى الحقبة": the imperfect of a verb of returning before
 * إلى, in a sentence that prints no place and no word of home, says what a thing is due to or dates
 * from, no journey (a trip back is told in the past, "عاد إلى", or names where it goes).
 */
export function returnAsCause(tokens: readonly Token[], u: Unit, c: CueHit, all: readonly CueHit[], known: readonly LocationRead[], tagged: readonly LocationRead[]): boolean {
  if (c.kind !== "visit" || c.first !== c.last || !IMPERFECT.test(tokens[c.first]!.key)) return false;
  if (!TO.has(tokens[c.last + 1]?.key ?? "")) return false;
  if (all.some((h) => h.kind === "homeWords")) return false;
  return !printsPlace(known, u) && !printsPlace(tagged, u);
}

function printsPlace(places: readonly LocationRead[], u: Unit): boolean {
  return places.some((l) => l.spans.some((s) => s.first >= u.first && s.last < u.last));
}

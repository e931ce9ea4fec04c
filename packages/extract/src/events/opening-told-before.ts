import { wordKey, type Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { EventRead } from "./event-read";
import { OPENING_VERBS } from "./tied-to-occasion";
import type { Unit } from "./units";

// "افتتحت الوزيرة الوحدة", "دشن الوزير المشروع": the verbs that tell an opening.
const OPENED = new Set(OPENING_VERBS.map(wordKey));
// "في الافتتاح", "حفل الافتتاح", "مراسم الافتتاح": the opening named again by its noun.
const OPENING = wordKey("الافتتاح");
const BEFORE_NOUN = new Set(["في", "حفل", "مراسم", "بحفل", "وحفل"].map(wordKey));
// Sentences the opening may stand back: what its guests did at it is told right after it.
const REACH = 3;

/** What a sentence tells of an opening told before: the opening, and whether its subject took part in it ("وشارك في الافتتاح X"). */
export interface OpeningPart {
  opening: EventRead;
  joined: boolean;
}

/**
 * "وشارك في الافتتاح X", "وأحيت فرقة X أمسية في حفل الافتتاح": a sentence that names the opening
 * told just before by its noun tells a part of it, no happening of its own; who took part in it
 * ("شارك في الافتتاح") is one of its people, who performed or attended at it is not.
 */
export function partOfOpening(tokens: readonly Pick<Token, "key" | "start" | "end">[], u: Unit, cues: readonly CueHit[], found: readonly EventRead[], ui: number): OpeningPart | null {
  let noun = -1;
  for (let k = u.first + 1; k < u.last && noun < 0; k++) if (tokens[k]!.key === OPENING && BEFORE_NOUN.has(tokens[k - 1]!.key)) noun = k;
  if (noun < 0) return null;
  const opening = found.findLast((e) => e.type === "other" && ui - e.unit <= REACH);
  if (!opening || !tokens.some((t) => t.start >= opening.start && t.end <= opening.end && OPENED.has(t.key))) return null;
  const joined = cues.some((c) => c.kind === "participation" && c.last < noun && noun - c.last <= 2);
  return { opening, joined };
}

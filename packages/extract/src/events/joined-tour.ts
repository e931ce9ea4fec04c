import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { EventRead, EventType } from "./event-read";
import type { Unit } from "./units";

// "X joined the tour", "Y accompanied the visit": a verb of going along with those who visited.
const JOINED_EN = new Set(["joined", "accompanied"]);
// The verb stands within a few words of the visit's noun ("joined the ministers' tour").
const VERB_REACH = 4;
// How many sentences back the visit may have been told.
const REACH = 2;

/**
 * "The head of the customs post, Colonel X, joined the tour from the other side": a sentence whose
 * only occasion is a visit named again with the article after a verb of joining tells who else went
 * round on the visit just told; it adds them to it and is no visit of its own. So does "He was shown
 * around by its commander, Y": the round of the visit just told, and its guide. Returns that visit,
 * or null.
 */
export function joinedTour(tokens: readonly Pick<Token, "key">[], u: Unit, cues: readonly CueHit[], types: readonly EventType[], found: readonly EventRead[], ui: number): EventRead | null {
  if (types.length !== 1 || types[0] !== "visit") return null;
  const visits = cues.filter((c) => c.kind === "visit");
  if (!visits.length || !visits.every((c) => joinedBefore(tokens, u, c) || shownAround(tokens, c))) return null;
  return found.findLast((e) => e.type === "visit" && ui - e.unit <= REACH) ?? null;
}

/** Whether the visit's noun has the article (or a possessive) and a verb of joining just before it. */
function joinedBefore(tokens: readonly Pick<Token, "key">[], u: Unit, c: CueHit): boolean {
  for (let k = c.first - 1; k >= u.first && c.first - k <= VERB_REACH; k--) {
    if (JOINED_EN.has(tokens[k]!.key)) return tokens[k + 1]?.key === "the" || tokens[k + 1]?.key === "their" || tokens[k + 1]?.key === "his" || tokens[k + 1]?.key === "her";
  }
  return false;
}

/** "were shown around": the visitors taken round a place, a visit's round rather than a journey. */
function shownAround(tokens: readonly Pick<Token, "key">[], c: CueHit): boolean {
  return tokens[c.first]?.key === "shown" && tokens[c.last]?.key === "around";
}

/**
 * "and were shown around by executives of the operator": a sentence whose only visit is the
 * visitors taken round, with no person named as their guide, tells how an occasion went (an
 * opening, a launch), no visit of its own; the guide may be named anywhere after it ("shown around
 * its wards and theatres by the hospital's chief of staff, Dr X"). `named` tells whether a token is
 * part of a person's name.
 */
export function shownRoundUnguided(tokens: readonly Pick<Token, "key">[], u: Unit, cues: readonly CueHit[], named: (k: number) => boolean): boolean {
  const visits = cues.filter((c) => c.kind === "visit");
  if (!visits.length || !visits.every((c) => shownAround(tokens, c))) return false;
  const first = Math.min(...visits.map((c) => c.last + 1));
  for (let k = first; k < u.last; k++) if (named(k)) return false;
  return true;
}

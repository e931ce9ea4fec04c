import type { Doc } from "../document";
import type { LocationRead } from "../places/locations";
import type { Token } from "../text/tokens";
import type { EventRead, EventType } from "./event-read";
import { occasionOfNoun } from "./tied-to-occasion";

// Drills named again by their noun: an exercise is an event of kind "other".
const DRILL_NOUNS = new Set(["drill", "drills", "exercise", "exercises", "manoeuvres", "maneuvers", "wargames", "war-games"]);
// What may stand between the occasion's noun and "at": its name, and the verb that says it is held there.
const HELD_WORDS = new Set(["called", "named", "dubbed", "codenamed", "code-named", "was", "were", "is", "are", "be", "been", "being", "will", "taking", "take", "took", "takes", "place", "held", "under", "way", "now", "also"]);
const MAX_GAP = 10;

/**
 * "Zammit told reporters after the meeting at the Luqa barracks", "The drills, called X, are taking
 * place at the Y training area": an English sentence that names an occasion told before by its noun
 * with "the", and sets it "at" a site, says where it was held. The latest earlier event of that kind
 * is placed there, when its own place is only a town or a state (or the dateline's) of the same state.
 */
export function placeByVenueToldLater(doc: Doc, events: EventRead[], locations: readonly LocationRead[]): void {
  const { tokens } = doc;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k]!.key !== "the" || tokens[k]!.arabic) continue;
    const type = occasionType(tokens[k + 1]!);
    if (!type) continue;
    const site = venueAfter(tokens, k + 2, locations);
    if (!site) continue;
    const told = events
      .filter((e) => e.type === type && e.start < tokens[k]!.start && !e.backdrop && e.clauseStart === undefined)
      .sort((a, b) => b.start - a.start)[0];
    if (!told || told.location?.kind === "site") continue;
    if (told.location?.country && site.country && told.location.country !== site.country) continue;
    told.location = site;
    told.datelinePlace = false;
  }
}

function occasionType(t: Token): EventType | undefined {
  if (t.arabic) return undefined;
  return DRILL_NOUNS.has(t.key) ? "other" : occasionOfNoun(t.key);
}

/** The site printed after "at [the]" within a few words of the noun, only its name and a verb of being held between. */
function venueAfter(tokens: readonly Token[], from: number, locations: readonly LocationRead[]): LocationRead | null {
  for (let j = from; j < tokens.length && j - from <= MAX_GAP; j++) {
    const t = tokens[j]!;
    if (t.lineStart) return null;
    if (t.key === "at") {
      const at = tokens[j + 1]?.key === "the" ? j + 2 : j + 1;
      return locations.find((l) => l.kind === "site" && l.spans.some((s) => s.first === at)) ?? null;
    }
    if (t.text === "," || t.capital || HELD_WORDS.has(t.key)) continue;
    return null;
  }
  return null;
}

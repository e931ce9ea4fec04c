import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { EventRead, EventType } from "./event-read";
import { headReceives } from "./head-receives";

// "استقبل", "واستقبلت", "استقبله": the verb in the perfect, not the noun (استقبال) of a welcome.
const RECEIVED = /^[وف]?استقبل/u;
// Occasions an article leads with; a reception told after one of them is one of its ceremonies
// (not after one told as backstory, "وكان رئيسا البلدين قد وقعا …": the reception is news of its own).
const OCCASIONS = new Set<EventType>(["visit", "meeting", "agreement", "conference"]);

/**
 * "كما استقبل وزير الدفاع الوفد …", "وكان X قد استقبل Y صباح اليوم …", "إلى ذلك، استقبلت …":
 * once the article has told its occasion (talks, a signing, a conference, a visit), a later
 * sentence whose verb is "received" tells a reception given to the guests, with whatever was
 * discussed at it — not talks of their own. The lead's "استقبل X Y" with nothing told before it
 * is still the report of the talks it opens.
 */
export function receivesAfterOccasion(tokens: readonly Pick<Token, "key">[], cues: readonly CueHit[], found: readonly EventRead[]): boolean {
  if (!found.some((e) => !e.fromTitle && !e.backstory && OCCASIONS.has(e.type))) return false;
  // "كما استقبل رئيس الوزراء الوفد": a head of state or government's audience is talks of their own.
  return cues.some((c) => c.kind === "welcome" && RECEIVED.test(tokens[c.first]!.key) && !headReceives(tokens, c.first));
}

import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

type Tok = Pick<Token, "key" | "kind" | "capital">;

const HOSTED = new Set(["hosted", "hosts", "hosting"]);
// "hosted the musicians at a dinner", "hosted a luncheon for the athletes": a meal given is a reception.
const MEALS = new Set(["dinner", "dinners", "lunch", "luncheon", "banquet", "gala", "iftar", "suhoor", "breakfast", "supper", "feast"]);
// Guests who come for talks: "hosted his counterparts", "hosted the delegations" is a meeting.
const OFFICIAL_GUESTS = new Set([
  "counterpart", "counterparts", "minister", "ministers", "delegation", "delegations", "leaders", "heads", "chiefs",
  "officials", "commanders", "ambassadors", "envoys", "presidents", "officers", "governors", "mayors",
  "representatives", "negotiators", "talks", "meeting", "meetings", "summit", "conference", "forum", "round",
]);
const ARTICLES = new Set(["the", "some", "about", "dozens", "hundreds"]);
const AT = new Set(["at", "in", "on"]);
// The meal is told within the host's clause ("hosted the visiting musicians at a dinner in …").
const MEAL_REACH = 12;
// "the visiting young musicians": words between the article and the guests.
const GUEST_REACH = 3;

/**
 * "hosted the visiting musicians at a dinner", "hosted a banquet for the crews", "hosted the
 * skippers at the palace": a host who gives a meal, or who has guests that are no officials come
 * for talks at a venue, holds a reception, not a meeting. Returns the cue of hosting, or null.
 */
export function hostedReception(tokens: readonly Tok[], cues: readonly CueHit[], to: number): CueHit | null {
  const host = cues.find((c) => c.kind === "meeting" && HOSTED.has(tokens[c.first]!.key));
  if (!host) return null;
  // "held talks", "discussed": a meeting told in the same sentence keeps it a meeting.
  if (cues.some((c) => (c.kind === "meeting" || c.kind === "weakMeeting") && c.first !== host.first)) return null;
  for (let k = host.last + 1; k < to && k - host.last <= MEAL_REACH; k++) {
    if (tokens[k]!.kind === "punct") break;
    if (MEALS.has(tokens[k]!.key)) return host;
  }
  return guestsAtVenue(tokens, host.last + 1, to) ? host : null;
}

/** "the skippers at …", "the visiting musicians in …": lower-case guests who are no officials, then a venue. */
function guestsAtVenue(tokens: readonly Tok[], from: number, to: number): boolean {
  if (!ARTICLES.has(tokens[from]?.key ?? "")) return false;
  for (let k = from + 1; k < to && k - from <= GUEST_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === "punct" || t.capital || OFFICIAL_GUESTS.has(t.key)) return false;
    if (AT.has(tokens[k + 1]?.key ?? "")) return t.key.endsWith("s");
  }
  return false;
}

/** "the visiting musicians": "visiting" that qualifies the guests tells no visit of its own. */
export function visitingAsWord(tokens: readonly Pick<Token, "key">[], c: CueHit): boolean {
  return tokens[c.first]!.key === "visiting" && tokens[c.first - 1]?.key === "the";
}

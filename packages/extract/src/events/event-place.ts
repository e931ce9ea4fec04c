import type { LocationRead } from "../locations";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { EventType } from "./event-read";
import { mostSpecific, type PlaceAt } from "./sentence-places";
import { isWaterBody } from "./water";

const DESTINATION = new Set(["الي", "الى", "إلى", "to", "in", "لـ", "ل"]);

/** What the place of a sentence's event is chosen from. */
export interface PlaceChoice {
  tokens: readonly Token[];
  cues: CueHit[];
  /** The "عاد إلى" cues: the place after them is home. */
  returns: CueHit[];
  /** The state the article's source belongs to. */
  home: string | null;
  locations: LocationRead[];
  /** The sentence's venue candidates (see venueCandidates). */
  here: PlaceAt[];
}

/** The place of an event of `type` told by the sentence: the most specific venue, or where a visit went. */
export function placeOf(type: EventType, c: PlaceChoice): LocationRead | null {
  const { tokens, cues, returns, home, locations } = c;
  // Talks and signings are held on land: a sea in their sentence is what they were about.
  const here = type === "visit" || type === "other" ? c.here : c.here.filter((h) => !isWaterBody(h.l.name));
  if (type !== "visit") return here.length ? mostSpecific(here) : null;
  // The place a visit goes to; the place after "عاد إلى" is home.
  const visitCues = cues.filter((x) => x.kind === "visit" && !returns.some((r) => r.first === x.first));
  const referenceOnly = visitCues.length > 0 && visitCues.every((x) => cues.some((r) => r.kind === "reference" && r.last < x.first && x.first - r.last <= 1));
  const homeWord = cues.find((x) => x.kind === "homeWords" && visitCues.some((v) => x.first > v.last && x.first - v.last <= 3));
  if (homeWord && home) {
    const h = locations.find((l) => l.kind === "country" && l.country === home);
    if (h) return h;
  }
  if (!here.length) return null;
  const afterReturn = (k: number) => returns.some((r) => k > r.last && k - r.last <= 6);
  for (const cue of visitCues) {
    const dest = here.find((h) => h.s.first > cue.last && h.s.first - cue.last <= 6 && (DESTINATION.has(tokens[h.s.first - 1]?.key ?? "") || (/^(ل|ب)/.test(tokens[h.s.first]!.key) && !tokens[h.s.first]!.key.startsWith("ال"))));
    if (dest) return dest.l;
  }
  // "خلال الزيارة": a visit told before; only an explicit destination places it.
  if (referenceOnly) return null;
  return mostSpecific(here.filter((h) => !afterReturn(h.s.first)));
}

/** A headline names the parties more often than the venue; "يبحث في روما" names the venue. */
export function headlineVenue(tokens: readonly Token[], here: PlaceAt[]): LocationRead | null {
  return here.find((h) => ["في", "in"].includes(tokens[h.s.first - 1]?.key ?? "") || /^ب[^ا]/.test(tokens[h.s.first]!.key))?.l ?? null;
}

import type { LocationRead } from "../places/locations";
import orgRules from "../rules/organizations.json";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

/**
 * "The team also toured the port's new cargo yard", "visited the centre": a visit whose object is a
 * site said again by the last word of its noun ("the port" after "Betio port") went to the site of
 * that noun the article named last before it; the site's full name is the visit's place.
 */

// The last words of the English site nouns (Port, Headquarters, Convention Centre → port, headquarters, centre).
const SITE_NOUNS = new Set(orgRules.siteHeads.en.map((h) => h.split(" ").at(-1)!.toLowerCase()));
/** Most words between the visit's verb and "the". */
const OBJECT_WITHIN = 2;

export function englishSiteSaidAgain(tokens: readonly Token[], visitCues: readonly CueHit[], locations: readonly LocationRead[]): LocationRead | null {
  for (const cue of visitCues) {
    for (let k = cue.last + 1; k <= cue.last + 1 + OBJECT_WITHIN; k++) {
      const t = tokens[k];
      if (!t || t.arabic || t.kind !== "word") break;
      if (t.key !== "the") continue;
      const noun = tokens[k + 1];
      // "the port of X" names a place of its own; "the port" and "the port's" say it again.
      if (!noun || noun.capital || !SITE_NOUNS.has(noun.key) || tokens[k + 2]?.key === "of") break;
      return siteBefore(locations, cue.first, noun.key);
    }
  }
  return null;
}

/** Most words between an occasion's cue and "at the <noun>" ("switched on a new lighting system at the airport"). */
const AT_WITHIN = 10;

/**
 * "switched on the new runway lights at the airport", after "Night landings at X International
 * Airport …": an occasion held "at the" site said again by the last word of its noun took place at
 * the site of that noun the article named last before it.
 */
export function englishSiteAtSaidAgain(tokens: readonly Token[], cues: readonly CueHit[], locations: readonly LocationRead[]): LocationRead | null {
  for (const cue of cues) {
    for (let k = cue.last + 1; k <= cue.last + AT_WITHIN; k++) {
      const t = tokens[k];
      if (!t || t.arabic || (t.kind === "punct" && t.key !== "-")) break;
      if (t.key !== "at" || tokens[k + 1]?.key !== "the") continue;
      const noun = tokens[k + 2];
      if (!noun || noun.capital || !SITE_NOUNS.has(noun.key) || tokens[k + 3]?.key === "of") break;
      return siteBefore(locations, cue.first, noun.key);
    }
  }
  return null;
}

/** The site named last before token `at` whose name ends on `noun`. */
function siteBefore(locations: readonly LocationRead[], at: number, noun: string): LocationRead | null {
  let best: { l: LocationRead; at: number } | null = null;
  for (const l of locations) {
    if (l.kind !== "site" || l.name.split(" ").at(-1)!.toLowerCase() !== noun) continue;
    for (const s of l.spans) if (s.last < at && (!best || s.first > best.at)) best = { l, at: s.first };
  }
  return best?.l ?? null;
}

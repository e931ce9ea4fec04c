import type { LocationRead } from "../places/locations";
import rules from "../rules/events.json";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import { isWaterBody } from "./water";

const MATTER_NOUNS = new Set(rules.matterPhrase.ar.map((w) => matchKey(w)));
const TALKS = new Set(rules.matterPhrase.talks);
const ABOUT = new Set(rules.matterPhrase.about);
const SUBJECTS = new Set(rules.subjectBeforePlace.en);
// Lower-case words a matter's phrase may hold between "on" and "in" ("maritime surveillance").
const REACH = 5;

/**
 * "في قضايا الشرق الأوسط", "held talks on maritime surveillance in the South Pacific", "the
 * security of undersea cables in the Atlantic": a region or a sea closing a phrase that names a
 * matter is what was talked about, not where it was talked about. A town or a site stays a venue
 * ("talks on trade in Lisbon" may well say where).
 */
export function closesMatterPhrase(tokens: readonly Token[], l: LocationRead, s: { first: number }): boolean {
  if (l.kind !== "region" && !isWaterBody(l.name)) return false;
  const before = tokens[s.first - 1];
  if (!before) return false;
  if (before.arabic) return MATTER_NOUNS.has(before.key.replace(/^[وبل](?=\S{3})/u, "")) || MATTER_NOUNS.has(before.key);
  const at = before.key === "the" ? s.first - 2 : s.first - 1;
  if (tokens[at]?.key !== "in") return false;
  for (let k = at - 1; k >= at - REACH && k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word" || t.capital || t.arabic) return false;
    if (ABOUT.has(t.key)) return TALKS.has(tokens[k - 1]?.key ?? "");
    if (SUBJECTS.has(t.key) && tokens[k + 1]?.key === "of") return true;
  }
  return false;
}

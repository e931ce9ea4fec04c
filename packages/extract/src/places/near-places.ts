import rules from "../rules/organizations.json";
import type { Token } from "../text/tokens";

/*
 * "near Korvik", "outside Haddow", "north of Tarvik": wires place a drill, a crash or a seizure
 * by the town it happened near, and these prepositions of distance (a bearing with "of" too) take
 * a place far more often than a person or a body, so the capitalized name after them is read as
 * a town no gazetteer needs to list.
 * "in Haddow, where …": "in" alone is too loose (in English, in Parliament), but a name the
 * sentence goes on to describe with "where" is a place by the sentence's own word.
 */
const NEAR_WORDS = new Set(["near", "outside"]);
const IN_WORDS = new Set(["in", "at"]);
// "north of Paulatuk", "40 km south-east of Haddow": a bearing taken from a town.
const BEARINGS = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]);
// "near Second Thomas Shoal": a name closed by a site's or an area's noun is read with that noun.
const headKeys = new Set([...rules.siteHeads.en, ...rules.placeHeads.region.en, ...rules.placeHeads.city.en].filter((w) => !w.includes(" ")).map((w) => w.toLowerCase()));

/** Whether a capitalized name ends in the noun of a site or an area ("Kelbori Port", "X Shoal"). */
export function endsInPlaceHead(tokens: readonly Token[], last: number): boolean {
  return headKeys.has(tokens[last]!.key);
}

export function isNearbyPlace(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1]?.key ?? "";
  if (endsInPlaceHead(tokens, last)) return false;
  if (NEAR_WORDS.has(before)) return true;
  if (before === "of" && BEARINGS.has(tokens[first - 2]?.key ?? "")) return true;
  return IN_WORDS.has(before) && tokens[last + 1]?.text === "," && tokens[last + 2]?.key === "where";
}

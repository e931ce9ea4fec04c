import orgRules from "../rules/organizations.json";
import { wordKey } from "../text/tokens";

/*
 * "في مقر التحالف": a site's or an area's noun printed alone ("مقر", "ميناء", "محافظة") is what a
 * place is, never its name; the tagger, reading it where the rules left out the seat of a body
 * named before, would list the noun itself as a town.
 */
const BARE_NOUN_KEYS = new Set(
  [...orgRules.siteHeads.ar, ...Object.values(orgRules.placeHeads).flatMap((h) => h.ar)]
    .filter((w) => !w.includes(" "))
    .map((w) => wordKey(w).replace(/^ال/, "")),
);

/** Whether a tagged place of one word (its token keys) is only a place's common noun. */
export function isBarePlaceNoun(keys: readonly string[]): boolean {
  return keys.length === 1 && BARE_NOUN_KEYS.has(keys[0]!.replace(/^ال/, ""));
}

import placeRules from "../rules/places.json";
import type { Token } from "../text/tokens";

/*
 * "visited Changi Naval Base … The frigate berthed at Changi on Saturday", "crossed to the Alfeite
 * naval base … had docked at Alfeite": a ship comes to a berth, so after a verb of mooring and "at"
 * the first words of an English site's name, said alone, are that site said again, not the town the
 * site is named after. A town printed only so (and inside the site's name) is no place of its own.
 * Verbs: `mooringVerbs` in rules/places.json.
 */

const MOORING = new Set(placeRules.mooringVerbs.en);

interface Span {
  first: number;
  last: number;
}

const keysOf = (tokens: readonly Token[], first: number, last: number) => tokens.slice(first, last + 1).map((t) => t.key).join(" ");

/**
 * Whether the English name at `first..last` is printed only as the first words of a site of `sites`
 * or after "<mooring verb> at", and at least once so after a verb.
 */
export function isTownOnlyOfMooredSite(tokens: readonly Token[], first: number, last: number, sites: readonly Span[]): boolean {
  if (tokens[first]!.arabic) return false;
  const n = last - first;
  const name = keysOf(tokens, first, last);
  const opensSite = (k: number) => sites.some((s) => s.first === k && s.last > k + n && !tokens[s.first]!.arabic);
  const moored = (k: number) => tokens[k - 1]?.key === "at" && MOORING.has(tokens[k - 2]?.key ?? "");
  let mooredOnce = false;
  for (let k = 0; k + n < tokens.length; k++) {
    if (tokens[k]!.key !== tokens[first]!.key || keysOf(tokens, k, k + n) !== name) continue;
    // A longer capitalized name that only opens with these words is another name.
    const next = tokens[k + n + 1];
    if (next && next.kind === "word" && next.capital && next.spaceBefore && !opensSite(k)) return false;
    if (moored(k)) mooredOnce = true;
    else if (!opensSite(k)) return false;
  }
  return mooredOnce;
}

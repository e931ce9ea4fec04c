import placeRules from "../rules/places.json";
import type { SiteMention } from "./locations";
import type { Token } from "../text/tokens";

/*
 * "at HMAS Stirling", "to HMNZS Philomel": Commonwealth navies name their shore bases as they name
 * their ships, with the navy's prefix before a capitalized name. After a preposition of place the
 * name is the base, a site of the story (the frigate HMAS X "berthed at HMAS Y": only the second).
 * Words: `shoreEstablishments` in rules/places.json.
 */

const PREFIXES = new Set(placeRules.shoreEstablishments.prefixes);
const PLACE_PREPOSITIONS = new Set(placeRules.shoreEstablishments.after);

const nameWord = (t: Token | undefined): t is Token => !!t && t.kind === "word" && !t.arabic && t.capital && !t.lineStart;

export function findShoreEstablishments(tokens: readonly Token[], text: string): SiteMention[] {
  const out: SiteMention[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const prefix = tokens[i]!;
    if (prefix.kind !== "word" || !PREFIXES.has(prefix.text) || !PLACE_PREPOSITIONS.has(tokens[i - 1]!.key)) continue;
    if (!nameWord(tokens[i + 1])) continue;
    // One word, or two when the second is capitalized too ("HMAS Kuttabul", "HMAS Albatross").
    const last = nameWord(tokens[i + 2]) && tokens[i + 2]!.spaceBefore ? i + 2 : i + 1;
    out.push({ first: i, last, start: prefix.start, end: tokens[last]!.end, surface: text.slice(prefix.start, tokens[last]!.end), placeOnly: true });
    i = last;
  }
  return out;
}

import placeRules from "../rules/places.json";
import type { SiteMention } from "./locations";
import type { Token } from "../text/tokens";
import { ROMANCE_ARTICLES, ROMANCE_OF } from "../text/romance-particles";

/*
 * "Praça Nova", "the Avenida Infante Dom Henrique", "Plaza de Bolívar": English news prints the
 * squares and avenues of Romance towns untranslated, their noun first; with the capitalized words
 * after it (particles between kept) the noun names a site of the story wherever it stands.
 * Words: `romanceStreetNouns` in rules/places.json.
 */

const NOUNS = new Set(placeRules.romanceStreetNouns.en.map((w) => w.toLowerCase()));
const MAX_WORDS = 5;

const nameWord = (t: Token): boolean => t.kind === "word" && !t.arabic && t.capital && !t.lineStart;

export function findRomanceStreetNames(tokens: readonly Token[], text: string): SiteMention[] {
  const out: SiteMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const noun = tokens[i]!;
    if (noun.kind !== "word" || noun.arabic || !noun.capital || !NOUNS.has(noun.key)) continue;
    let last = i;
    for (let k = i + 1; k <= i + MAX_WORDS; k++) {
      const t = tokens[k];
      if (!t) break;
      if (nameWord(t)) last = k;
      else if ((ROMANCE_OF.has(t.key) || ROMANCE_ARTICLES.has(t.key)) && !t.lineStart && k < i + MAX_WORDS) continue;
      else break;
    }
    if (last === i) continue;
    const start = noun.start;
    const end = tokens[last]!.end;
    out.push({ first: i, last, start, end, surface: text.slice(start, end), placeOnly: true });
    i = last;
  }
  return out;
}

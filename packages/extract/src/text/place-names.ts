/**
 * A place's names in the other script, from the gazetteer (src/lexicon: countries with their
 * capitals, cities, regions): "Cairo" → القاهرة, بكين → Beijing. Search uses it so a Latin-script
 * query finds Arabic text and the reverse; place names are not transliterations (Cairo / القاهرة),
 * so the consonant skeleton cannot do this.
 */
import cities from "../lexicon/cities.json";
import countries from "../lexicon/countries.json";
import regions from "../lexicon/regions.json";
import { matchKey } from "./normalize";
import { scriptOf } from "./transliterate";

interface Entry {
  ar: string[];
  en: string[];
}

/** Longest place name, in words, that a query is matched against. */
export const MAX_PLACE_WORDS = 5;

let byKey: Map<string, string[]> | undefined;

function build(): Map<string, string[]> {
  const entries: Entry[] = [
    ...(countries as Array<Entry & { capital?: { ar: string; en: string } }>).flatMap((c) => [
      { ar: c.ar, en: c.en },
      ...(c.capital ? [{ ar: [c.capital.ar], en: [c.capital.en] }] : []),
    ]),
    ...(cities as Entry[]),
    ...(regions as Entry[]),
  ];
  const map = new Map<string, string[]>();
  const add = (name: string, others: string[]) => {
    const key = matchKey(name);
    if (!key || others.length === 0) return;
    map.set(key, [...new Set([...(map.get(key) ?? []), ...others])]);
  };
  for (const e of entries) {
    for (const name of e.en) add(name, e.ar);
    for (const name of e.ar) add(name, e.en);
  }
  return map;
}

interface CountryRow extends Entry {
  iso2: string;
  demonymStems: string[];
  demonymForms?: string[];
  demonymsEn: string[];
}

/** Endings that make the Arabic demonym forms from a stem (after ة → ه folding). */
const DEMONYM_ENDINGS = ["ي", "يه", "يون", "يين", "يان", "يتين"];

let stateByWords: Map<string, string> | undefined;

/**
 * The state (ISO code) that words name or qualify: its names in either language (تركيا, Turkey)
 * or a demonym (التركية, Turkish); null when they name none.
 */
export function stateNamedBy(words: string): string | null {
  if (!stateByWords) {
    stateByWords = new Map();
    for (const c of countries as CountryRow[]) {
      const forms = [
        ...c.ar,
        ...c.en,
        ...c.demonymsEn,
        ...(c.demonymForms ?? []),
        ...c.demonymStems.flatMap((s) => DEMONYM_ENDINGS.map((e) => matchKey(s) + e)),
      ];
      for (const f of forms) {
        const key = matchKey(f);
        if (!key) continue;
        if (!stateByWords.has(key)) stateByWords.set(key, c.iso2);
        if (scriptOf(key) === "arabic" && !key.startsWith("ال")) stateByWords.set(`ال${key}`, stateByWords.get(key)!);
      }
    }
  }
  return stateByWords.get(matchKey(words)) ?? null;
}

/**
 * The other script's names of the gazetteer place the words name (matching keys, as a query's
 * words are), or an empty list when they name none. Arabic words may carry the article: القاهرة.
 */
export function placeNamesInOtherScript(words: string[]): string[] {
  byKey ??= build();
  const key = words.join(" ");
  const hit = byKey.get(key);
  if (!hit) return [];
  const script = scriptOf(key);
  return hit.filter((n) => scriptOf(n) !== script);
}

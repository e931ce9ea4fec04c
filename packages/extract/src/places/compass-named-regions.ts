import countries from "../lexicon/countries.json";
import type { PlaceHit } from "./gazetteer";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";

/*
 * "North Kalimantan", "جاوة الوسطى": provinces are often named by a compass point and the island
 * or region they lie on, and the gazetteer lists the region alone. A capitalized compass word
 * before it (English) or a compass adjective after it (Arabic) belongs to the name: the province
 * is another place than the region, so it is listed apart under the full name.
 */
export const EN_COMPASS = new Set(["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"]);
export const AR_COMPASS = new Set(["الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى"].map((w) => matchKey(w)));

/*
 * "شرق البحر الأبيض المتوسط", "the central Mediterranean": a water or a continent, which no one
 * state holds, is also named in parts by a compass noun in construct before it (Arabic) or a
 * compass adjective in lower case (English). The part is listed under the words printed; the
 * whole water's name stays an alias of it, as analysts list either.
 */
/** The Arabic compass nouns, bare (شمال X); with the article they name a side alone (الشمال). */
export const AR_COMPASS_WORDS = ["شمال", "جنوب", "شرق", "غرب", "وسط"] as const;
const AR_COMPASS_NOUNS = new Set(AR_COMPASS_WORDS.map((w) => matchKey(w)));

/** The token range of a listed region with its compass word, or null when none is printed. */
export function compassNamedRegion(tokens: readonly Token[], p: PlaceHit): { first: number; last: number } | null {
  if (p.kind !== "region" || p.viaDemonym) return null;
  const head = tokens[p.firstToken]!;
  const prev = tokens[p.firstToken - 1];
  const ofNoState = !p.iso2 && !!prev && prev.kind === "word" && !head.lineStart;
  if (head.arabic) {
    if (ofNoState && prev.arabic && AR_COMPASS_NOUNS.has(prev.key)) return { first: p.firstToken - 1, last: p.lastToken };
    const next = tokens[p.lastToken + 1];
    return next && next.arabic && next.kind === "word" && AR_COMPASS.has(next.key) ? { first: p.firstToken, last: p.lastToken + 1 } : null;
  }
  if (!prev || prev.arabic || prev.kind !== "word" || !EN_COMPASS.has(prev.key)) return null;
  return /^[A-Z]/.test(prev.text) || ofNoState ? { first: p.firstToken - 1, last: p.lastToken } : null;
}

/*
 * "يقام في شمال السعودية", "أدري (شرق تشاد):": a compass noun in construct before a state's name,
 * after a preposition or an opening bracket, names the part of the state where something happens,
 * a region of it. After a town ("تمنراست جنوب الجزائر") it only says where the town lies, and in a
 * body's name ("قوات شرق ليبيا") it is the body's; neither is read here.
 */
const stateNameKeys = new Set((countries as { ar: string[] }[]).flatMap((c) => c.ar.map((n) => matchKey(n))));
export const PLACE_PREPOSITIONS = new Set(["في", "إلى", "الى", "من", "قرب", "داخل", "عبر"].map((w) => matchKey(w)));

/** The token range of a state's name with the compass noun before it, or null. */
export function compassPartOfState(tokens: readonly Token[], p: PlaceHit): { first: number; last: number } | null {
  if (p.kind !== "country" || p.viaDemonym) return null;
  if (!tokens[p.firstToken]!.arabic) return englishCompassPartOfState(tokens, p);
  const compass = tokens[p.firstToken - 1];
  const before = tokens[p.firstToken - 2];
  if (!compass || compass.kind !== "word" || tokens[p.firstToken]!.lineStart || !before) return null;
  // "بشمال سوريا", "في شمال سوريا": the preposition printed apart or on the compass noun.
  const onWord = /^ب/u.test(compass.key) && AR_COMPASS_NOUNS.has(compass.key.slice(1));
  if (!onWord && !(AR_COMPASS_NOUNS.has(compass.key) && (PLACE_PREPOSITIONS.has(before.key) || before.text === "("))) return null;
  return { first: p.firstToken - 1, last: p.lastToken };
}

/**
 * "the fjords of East Greenland", "in Northern Kelvania": English capitalizes a compass word that
 * names a part of a state as a region of its own; a state named so whole ("South Sudan") is one
 * hit of the gazetteer and has no compass word before it. Sentence-initial capitals say nothing.
 */
function englishCompassPartOfState(tokens: readonly Token[], p: PlaceHit): { first: number; last: number } | null {
  const compass = tokens[p.firstToken - 1];
  if (!compass || compass.arabic || compass.kind !== "word" || !EN_COMPASS.has(compass.key) || !/^[A-Z][a-z]/.test(compass.text)) return null;
  const before = tokens[p.firstToken - 2];
  if (compass.lineStart || tokens[p.firstToken]!.lineStart || !before || before.kind !== "word" || before.lineStart) return null;
  return { first: p.firstToken - 1, last: p.lastToken };
}

/**
 * "وسط البحر المتوسط" → "البحر المتوسط", "central Mediterranean" → "Mediterranean": the part's
 * whole water, or null; "شرق تشاد" → "تشاد", the state a part of which an Arabic name lists (an
 * analyst may list the state itself).
 */
export function wholeOfCompassPart(name: string, iso2: string | null): string | null {
  const words = name.split(/\s+/u);
  if (words.length < 2) return null;
  const first = matchKey(words[0]!);
  const rest = words.slice(1).join(" ");
  // A state's part keeps the state; a province named so ("غرب دارفور") is no part of a region.
  if (AR_COMPASS_NOUNS.has(first) && (!iso2 || stateNameKeys.has(matchKey(rest)))) return rest;
  return !iso2 && EN_COMPASS.has(words[0]!.toLowerCase()) ? words.slice(1).join(" ") : null;
}

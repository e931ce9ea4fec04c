import rules from "../rules/organizations.json";
import { matchKey } from "../text/normalize";
import { keptReadings, tokenReadsAs, type Token } from "../text/tokens";

// "جزر البحيرة", "ضفاف النهر": a place's own head noun with the article after another head points
// back at the lake, river or area the story named; it names no place of its own. Listed places
// printed so (محافظة البحيرة, ولاية الجزيرة) are read by the gazetteer before this is asked.
const definiteHeadKeys = new Set(
  [...rules.placeHeads.region.ar, ...rules.placeHeads.city.ar, "جزيرة", "بحر"].filter((w) => !w.includes(" ")).map((w) => matchKey(`ال${w}`)),
);

/**
 * "ميناء المدينة", "شاطئ البحر": a place's head noun with the article, with no definite word naming
 * it on, right after a site's noun: the site of the town or the water the story is at, no named one.
 */
export function isPlaceNounAfterSiteNoun(t: Token, next: Token | undefined): boolean {
  return isPlaceNounSaidAgain(t) && !namedOn(next);
}

/** Whether the word is a place's head noun with the article, naming no place by itself. */
export function isPlaceNounSaidAgain(t: Token): boolean {
  return t.arabic && tokenReadsAs(t, definiteHeadKeys);
}

/**
 * "قبالة الساحل الشمالي للجزيرة": a place's head noun with the article after ل or ب is the island,
 * town or area the story is at; the tagger may read it as a body of the same name (a channel, a
 * club), which a story printing it so does not mean.
 */
export function isPlaceNounAfterPreposition(t: Token): boolean {
  return /^و?(لل|بال)/.test(t.key) && isPlaceNounSaidAgain(t);
}

// "القاعدة", "المطار", "الميناء": a site's own noun with the article (the seat, which a body's name
// follows, is read by the seat rules instead).
const definiteSiteNounKeys = new Set(rules.siteHeads.ar.filter((w) => w !== "مقر").map((w) => matchKey(`ال${w}`)));

/**
 * "الراسية في ميناء القاعدة", "مدرج المطار": a site's noun whose only name is another site's noun
 * with the article is a part of the site the story named before ("the base's port"); it names no
 * place of its own.
 */
export function isSiteNounSaidAgain(t: Token, next: Token | undefined): boolean {
  return t.arabic && !namedOn(next) && tokenReadsAs(t, definiteSiteNounKeys);
}

/** A definite word right after the site's noun: it names the site ("القصر الاتحادي"), no part said again. */
const namedOn = (next: Token | undefined): boolean => !!next && !next.lineStart && next.kind === "word" && next.arabic && next.key.startsWith("ال");

/**
 * "مبنى القصر الاتحادي", "مبنى المتحف الوطني": a site's noun with the article and a definite word
 * naming it, in construct after a building's noun, is the site the building stands in or belongs to.
 */
export function isSiteNounNamedOn(t: Token, next: Token | undefined): boolean {
  return t.arabic && namedOn(next) && tokenReadsAs(t, definiteSiteNounKeys);
}

// The quote marks around an outlet's name ("لـ«الجزيرة»"): a name set off so is meant as one.
const QUOTES = new Set(["«", "»", '"', "“", "”"]);

/**
 * "ينقل الزوار إلى الجزيرة", "من أهالي الجزيرة" in a story that names `جزيرة X`: a place's head noun
 * with the article, printed alone and not in quotes, in a story that prints the same head before a
 * name of its own, is that place said again; the tagger may read it as a body of the same name (the
 * channel), which such a story does not mean.
 */
export function isPlaceNounOfStory(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !isPlaceNounSaidAgain(t) || QUOTES.has(tokens[k - 1]?.text ?? "") || QUOTES.has(tokens[k + 1]?.text ?? "")) return false;
  const indefinite = new Set(keptReadings(t).filter((r) => definiteHeadKeys.has(r.key)).map((r) => r.key.slice(2)));
  return tokens.some((o, j) => j !== k && o.arabic && !!tokens[j + 1]?.arabic && tokenReadsAs(o, indefinite) && !tokens[j + 1]!.key.startsWith("ال"));
}

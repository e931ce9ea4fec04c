import rules from "../rules/organizations.json";
import { matchKey } from "../text/normalize";
import { tokenReadsAs, type Token } from "../text/tokens";

// "جزر البحيرة", "ضفاف النهر": a place's own head noun with the article after another head points
// back at the lake, river or area the story named; it names no place of its own. Listed places
// printed so (محافظة البحيرة, ولاية الجزيرة) are read by the gazetteer before this is asked.
const definiteHeadKeys = new Set(
  [...rules.placeHeads.region.ar, ...rules.placeHeads.city.ar, "جزيرة", "بحر"].filter((w) => !w.includes(" ")).map((w) => matchKey(`ال${w}`)),
);

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

import names from "../rules/given-names.json";
import stops from "../rules/name-stops.json";
import rules from "../rules/persons.json";
import orgRules from "../rules/organizations.json";
import placeRules from "../rules/places.json";
import calendar from "../rules/calendar.json";
import { PhraseTrie } from "../text/phrase-trie";
import { tokenReadsAs, wordKey, type Token } from "../text/tokens";

/** The word lists of the person reader, compiled once into tries and sets of folded keys. */

const key = (w: string) => wordKey(w).replace(/\.$/, "");

export const stopKeys = new Set([...stops.ar, ...stops.en].map(key));
/** The given names the tagger's cue reads: its features are fixed with the committed model. */
export const taggerGivenNameKeys = new Set([...names.ar, ...names.en].map(key));
/** Every given name the person rules know: the tagger's, and those kept out of its features. */
export const givenNameKeys = new Set([...taggerGivenNameKeys, ...names.rulesOnly.map(key)]);
export const roleContinuerKeys = new Set([...rules.roleContinuers.ar, ...rules.roleContinuers.en].map(key));
export const counterpartKeys = new Set([...rules.counterpart.ar, ...rules.counterpart.en].map(key));
export const rankQualifierKeys = new Set(rules.rankQualifiers.ar.map((w) => key(w.replace(/[()]/g, ""))));
/** English qualifiers printed in brackets after a rank ("Captain (Ret.)"). */
export const latinRankQualifierKeys = new Set(rules.rankQualifiers.en.map(key));
export const keptTitleKeys = new Set(rules.rankTitlesKeptInRank.map(key));
/** Qualifiers of more than one word ("اللواء أركان حرب"). */
export const rankQualifierPhraseTrie = new PhraseTrie<"qualifier">(rules.rankQualifierPhrases.map((q) => [q, "qualifier"] as const));
/** Diplomatic heads posted somewhere ("السفيرة المغربية في روما"), folded and without the article. */
/** Lawmakers who sit "for" a party or a constituency (النائبة عن حزب X), folded and without the article. */
export const seatHeadKeys = new Set(rules.seatHeads.map((h) => key(h).replace(/^ال/, "")));
export const postedHeadKeys = new Set(rules.postedHeads.map((h) => key(h).replace(/^ال/, "")));

/** An English diplomat's head ending at token `last`, of one word (envoy) or two (high commissioner). */
export function isLatinPostedHead(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last];
  if (!t || t.arabic) return false;
  const prev = tokens[last - 1];
  return postedHeadKeys.has(t.key) || (!!prev && !prev.arabic && postedHeadKeys.has(`${prev.key} ${t.key}`));
}

/** Military rank bases; Arabic ones with and without the article. */
const rankEntries = [
  ...rules.rankBases.ar.flatMap((r) => [[r, "rank"] as const, [r.startsWith("ال") ? r : "ال" + r, "rank"] as const]),
  ...rules.rankBases.en.map((r) => [r, "rank"] as const),
];
const RANK_SKIPPABLE = ".-";
/** The ranks the tagger's features read. */
export const rankTrie = new PhraseTrie<"rank">(rankEntries, { skippable: RANK_SKIPPABLE });
/** The ranks the persons rules read: the tagger's and the police ranks only the rules read. */
export const ruleRankTrie = new PhraseTrie<"rank" | "police">([...rankEntries, ...[...rules.policeRanksRulesOnly.en, ...rules.policeRanksRulesOnly.ar].map((r) => [r, "police"] as const)], { skippable: RANK_SKIPPABLE });
/** Titles of address the tagger's features read. */
const titleWords = [...rules.titles.ar, ...rules.titles.en];
export const titleTrie = new PhraseTrie<"title">(titleWords.map((t) => [t, "title"] as const), { skippable: "." });
/** The titles the persons rules read: the tagger's and the forms of address only the rules read (see titleWithStopKeys). */
export const ruleTitleTrie = new PhraseTrie<"title">([...titleWords, ...rules.titlesRulesOnly, ...rules.titlesWithStopRulesOnly.en].map((t) => [t, "title"] as const), { skippable: "." });
/** Abbreviated titles read only with their full stop ("Eng. X"): bare, the word may be a name's own. */
export const titleWithStopKeys = new Set(rules.titlesWithStopRulesOnly.en.map(key));
/** Role heads the tagger's features read, with the counterpart words and plural heads. */
const roleHeadWords = [...rules.roleHeads.ar, ...rules.roleHeads.en, ...rules.counterpart.ar, ...rules.counterpart.en, ...rules.pluralRoleHeads];
export const roleHeadTrie = new PhraseTrie<"head">(roleHeadWords.map((t) => [t, "head"] as const));
/** The role heads the persons rules read: the tagger's list and the heads only the rules read. */
export const officeHeadTrie = new PhraseTrie<"head">(
  [...roleHeadWords, ...rules.officeHeadsRulesOnly.ar, ...rules.officeHeadsRulesOnly.en].map((t) => [t, "head"] as const),
);

export const honorificTrie = new PhraseTrie<"honorific">(rules.honorifics.map((t) => [t, "honorific"] as const));
export const notParticipantTrie = new PhraseTrie<"rep">([...rules.notParticipantBefore.ar, ...rules.notParticipantBefore.en].map((t) => [t, "rep"] as const));
/** Words of a military unit's name (Infantry, Division, Brigade): no word of a person's name (unitNounsEn, rules only). */
export const unitNounKeys = new Set(rules.unitNounsEn.en.map(key));
/** Words before a storm's name (Hurricane, Typhoon): the name after one is the storm's (namedStormsEn, rules only). */
export const stormWordKeys = new Set(rules.namedStormsEn.en.map(key));
export const speechKeys = new Set([...rules.speechVerbs.ar, ...rules.speechVerbs.en].map(key));

/** Connectors inside Arabic and Latin names (the Mauritanian ولد and منت: son of, daughter of). */
// The Arabic spellings of Romance, Dutch and German particles ("ماريا دي لوس سانتوس", "فان دير"),
// and the Vietnamese middle name فان, which would otherwise read as ف + أن.
export const NAME_CONNECTORS = new Set(["بن", "ابن", "بنت", "ال", "ابو", "عبد", "ولد", "منت", "bin", "bint", "ibn", "al", "el", "abu", "abdel", "abdul", "de", "van", "von", "der", "da", "di", "la", "le", "دي", "دا", "دو", "ديل", "دوس", "داس", "لوس", "لاس", "فان", "فون", "دير"]);
/** Connectors that cannot end a name. */
export const NAME_OPENERS = new Set(["بن", "ابن", "بنت", "ال", "ابو", "عبد", "bin", "bint", "ibn", "abu", "abdel", "abdul", "al", "el"]);

export function isStopKey(k: string): boolean {
  return stopKeys.has(k);
}

/**
 * "فيصل" reads as ف + the verb يصل, a stop word: a known given name that is a stop word only once a
 * proclitic is cut is the name, as printed whole.
 */
export function isGivenNameBehindClitic(t: Token): boolean {
  return t.arabic && t.kind === "word" && !stopKeys.has(t.key) && isGivenName(t);
}

// Compared on the printed letters: their folded key is the stop word's (إمام, أمام → امام).
const givenNamesAsPrinted = new Set(stops.givenNamesAsPrinted);

/** A stop word printed as a given name (إمام, not the preposition أمام). */
export function isGivenNameAsPrinted(t: Token): boolean {
  return t.arabic && givenNamesAsPrinted.has(t.text);
}

const ACCENTED_LATIN = /[\u00c0-\u024f]/u;

/** The token, with any proclitic reading, is a stop word. */
export function isStopToken(t: Token): boolean {
  if (t.kind !== "word") return true;
  // "Tó Alves": the English stop words are printed in plain letters; a word with an accent folds
  // to one ("to") but is a name's.
  if (!t.arabic) return stopKeys.has(t.key) && !ACCENTED_LATIN.test(t.text);
  return tokenReadsAs(t, stopKeys);
}

// One-word Arabic office heads, without the article: قائد، رئيس، وزير.
const singleOfficeHeadKeys = new Set(rules.roleHeads.ar.map(key).filter((k) => !k.includes(" ")).map((k) => k.replace(/^ال/u, "")));

/**
 * "عين الرئيس اللواء X Y قائدا للجيش": an office head in the indefinite accusative says what someone
 * was made or serves as; it is never a word of a name, and ends one.
 */
export function isAccusativeOffice(t: Token): boolean {
  return t.arabic && t.key.length > 3 && t.key.endsWith("ا") && singleOfficeHeadKeys.has(t.key.slice(0, -1));
}

export function isGivenName(t: Token): boolean {
  return givenNameKeys.has(t.key);
}

export const pluralRoleKeys = new Set(rules.pluralRoleHeads.map(key));
export const roleStopKeys = new Set(rules.roleStops.map(key));
export const officeAreaKeys = new Set(rules.officeAreaHeads.map(key));
/** Generic place heads (محافظة، ولاية، مدينة …): a name never starts with one either. */
export const placeHeadTrie = new PhraseTrie<"place">(
  Object.values(orgRules.placeHeads).flatMap((h) => [...h.ar, ...h.en]).map((w) => [w, "place"] as const),
);
/** Organization heads: a name never starts with one ("منظمة شنغهاي"). */
/** English nouns of an area put after its name (X District, X Chiefdom), folded. */
export const englishAreaHeadKeys = new Set([...orgRules.placeHeads.region.en, ...placeRules.localAreaHeads.en].map(key));
export const orgHeadTrie = new PhraseTrie<"org">([...orgRules.heads.ar, ...orgRules.heads.en].map((h) => [h, "org"] as const));
/** Last words of English companies' names (Systems, Aerospace): read by the rules only, never by the tagger's cues. */
export const companyHeadKeys = new Set(orgRules.companyHeads.en.map(key));

/** An indefinite accusative (tanween: رسميًا، اجتماعاً) is never part of a name. */
export function hasTanween(t: Token): boolean {
  return /[\u064B]$|[\u064B]ا$|اً$|ًا$/u.test(t.text);
}

export const headedByTrie = new PhraseTrie<"headed">(rules.headedBy.map((h) => [h, "headed"] as const));
export const headedByFillerKeys = new Set(rules.headedByFillers.map(key));

// Latin month names that are also names (Theresa May, June, April, Dong Jun) do not end a name, nor
// do the short Latin abbreviations (Jan, Sep), which are names too.
const LATIN_NAME_MONTHS = new Set(["may", "june", "april", "august"]);
const isLatinAbbreviation = (k: string) => /^[a-z]{1,4}$/.test(k);
/**
 * Weekdays, month names and "today/yesterday" words: a name never runs into them
 * ("كوندوليزا رايس الأربعاء", "John Major Tuesday"). Single-word forms only, from the calendar rules.
 */
export const calendarWordKeys = new Set(
  [...Object.values(calendar.weekdays).flat(), ...Object.values(calendar.gregorian).flat(), ...Object.values(calendar.relative).flat()]
    .filter((w) => !/\s/.test(w))
    .map(key)
    .filter((k) => !LATIN_NAME_MONTHS.has(k) && !isLatinAbbreviation(k)),
);

export function isCalendarWord(t: Token): boolean {
  return t.kind === "word" && tokenReadsAs(t, calendarWordKeys);
}

/**
 * Words that follow the preposition على and never a name: "علي" written for "على" before them is
 * the preposition ("أكد علي ضرورة"), not a person called علي.
 */
export const alaCollocateKeys = new Set(rules.alaCollocates.map(key));

/** Words of sport and teams: in their sentence "الفريق" is a team, not a rank. */
export const teamWordKeys = new Set(rules.teamWords.map(key));
export const unitRankKeys = new Set(rules.unitRanks.map(key));
export const unitOrdinalKeys = new Set(rules.unitOrdinals.map(key));
export const teamAdjectiveKeys = new Set(rules.teamAdjectives.map(key));

/** "علي" printed for the preposition "على": the next word is one that follows على, never a name. */
export function isAlaMisspelt(t: Token, next: Token | undefined): boolean {
  if (t.key !== "علي" || !t.text.endsWith("ي") || !next || next.kind !== "word" || !next.arabic) return false;
  if (alaCollocateKeys.has(next.key) || isStopToken(next)) return true;
  // Verbal nouns of the تفعيل pattern (تعزيز، تطوير، تنفيذ) follow على; given names that fit it (توفيق) do not.
  return /^ت..ي.$/.test(next.key) && !isGivenName(next);
}

/** Verbs a bare name stands beside: before it in Arabic (قال محمد سالم), after it in English (Shoigu said). */
export const nameVerbKeys = new Set([...rules.nameVerbs.ar, ...rules.nameVerbs.en].map(key));

/** Words of lineage between names (X بن Y). */
export const LINEAGE: ReadonlySet<string> = new Set(["بن", "ابن", "بنت"]);

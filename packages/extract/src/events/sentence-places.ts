import { describedFrom } from "../places/english-at-venues";
import { isPossessiveS } from "../text/english-marks";
import type { LocationRead } from "../places/locations";
import rules from "../rules/events.json";
import orgRules from "../rules/organizations.json";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import { HAPPENING_KINDS, type CueHit } from "./cues";
import { agreedToDo, grantedByAgreement } from "./granted-by-agreement";
import { linkedByRoute } from "./linked-places";
import { closesMatterPhrase } from "./matter-phrase";
import { namesBuilding } from "../places/body-buildings";
import { reportedClauseStart, saidClauseStart } from "./reported-clause";
import type { Unit } from "./units";

/** A place printed in a sentence, at one of its spans. */
export interface PlaceAt {
  l: LocationRead;
  s: { first: number; last: number };
  /** How specific the place is as printed here ("منطقة X" a region, "بلدة X" a town), over the gazetteer's kind. */
  rank?: number;
}

const KIND_RANK: Record<string, number> = { site: 4, city: 3, region: 2, country: 1 };
const BUILDING_RANK = 5;
// "visiting" is left out: "the visiting US delegation" qualifies the guests.
const LATIN_VENUE_BEFORE = new Set(["in", "at", "to", "into", "near", "off", "outside", "inside", "across", "around", "visit", "visited", "visits", "arrived", "reached", "capital", "city", "town", "port"]);
const DESCRIBING_IN = new Set(["operating", "based", "stationed", "living", "working", "serving", "headquartered"]);
const LATIN_VENUE_OF = new Set(["coast", "coasts", "outskirts", "shores", "waters", "town", "city", "village", "port", "state", "province", "region", "district", "island"]);
const SUBJECT_BEFORE_PLACE = new Set([...rules.subjectBeforePlace.ar, ...rules.subjectBeforePlace.en].map((w) => matchKey(w)));
// Adjectives of a matter discussed: Arabic nisba forms with the article ("البحري", "الأمنية"), English ones
// in -al/-ic/-ary/-ime ("maritime", "regional", "economic", "military").
const ADJECTIVE = /^(ال\S+يه?|\w+(al|ic|ary|ime))$/u;

const REGION_HEAD = new Set([...orgRules.placeHeads.region.ar, ...orgRules.placeHeads.region.en].map((w) => matchKey(w)));
const TOWN_HEAD = new Set([...orgRules.placeHeads.city.ar, ...orgRules.placeHeads.city.en].map((w) => matchKey(w)));

/**
 * "في منطقة تيلابيري … قرب بلدة أيورو": the head a place is printed with says how specific it is
 * here, whatever kind the gazetteer gives the name; a site keeps its rank.
 */
function printedRank(tokens: readonly Token[], l: LocationRead, s: { first: number; last: number }): number | undefined {
  // "في احتفال أقيم في مبنى إدارة مرفأ X": a body's building stands within the site or town it serves.
  if (l.kind === "site") return namesBuilding(l.name) ? BUILDING_RANK : undefined;
  // "مخيم امبره": a place named with a site's noun is a site, whatever kind it was read as.
  if (namedAsSite(l)) return KIND_RANK.site;
  if (printedWithHead(tokens, s, REGION_HEAD)) return KIND_RANK.region;
  if (printedWithHead(tokens, s, TOWN_HEAD)) return KIND_RANK.city;
  return undefined;
}

// Arabic only: English towns open with such nouns ("Port Sudan", "Port Louis").
const SITE_HEAD = new Set([...orgRules.siteHeads.ar, "مخيم"].map((w) => matchKey(w)));

/** Whether the place's name opens with an Arabic site's noun ("مخيم X", "ميناء X"). */
function namedAsSite(l: LocationRead): boolean {
  const words = l.name.split(/\s+/u);
  return words.length > 1 && SITE_HEAD.has(matchKey(words[0]!));
}

// The helpers of the tests below are module functions, not closures made at every call: the
// extractor runs under tsx, whose keepNames makes each named closure cost a defineProperty.

/** Whether the word is one of `heads` as printed or after a proclitic ("ببلدة", "ومنطقة"). */
function isHead(heads: Set<string>, t: Token | undefined): boolean {
  return !!t && (heads.has(matchKey(t.text)) || heads.has(matchKey(t.text.replace(/^(و|ب|ف|ل|وب|وف)/u, ""))));
}

/** Whether a head of `heads` stands before the place (or, in English, after it or as its first word). */
function printedWithHead(tokens: readonly Token[], s: { first: number; last: number }, heads: Set<string>): boolean {
  const before = tokens[s.first - 1];
  return (!!before?.arabic && isHead(heads, before)) || (!tokens[s.first]!.arabic && (isHead(heads, tokens[s.last + 1]) || isHead(heads, before))) || (s.last > s.first && isHead(heads, tokens[s.first]));
}

/** How specific the place is as printed (a site 4, a city 3, a region 2, a state 1). */
export function placeRank(h: PlaceAt): number {
  return h.rank ?? KIND_RANK[h.l.kind] ?? 0;
}

/** The most specific of the places (a site before a city, a region, a state), the first on a tie. */
export function mostSpecific(hs: PlaceAt[]): LocationRead | null {
  return [...hs].sort((a, b) => placeRank(b) - placeRank(a) || a.s.first - b.s.first)[0]?.l ?? null;
}

/**
 * The places a sentence prints that may be where its happening took place, in text order: not
 * inside a role, not the dateline or a place passed through (`notVenue`), not the parties after
 * "بين", not a state that owns a title or qualifies a noun, not the matter discussed nor what an
 * agreement grants, not the places a route joins. When the happening is told inside a reported clause
 * ("أعلنت الوزارة أن جنديين قتلا قرب إنغال"), the places of that clause.
 */
export function venueCandidates(
  tokens: readonly Token[],
  u: Unit,
  cues: CueHit[],
  locations: LocationRead[],
  inRole: (k: number) => boolean,
  notVenue: (k: number) => boolean,
  inBody: (k: number) => boolean = () => false,
): PlaceAt[] {
  // Most sentences print no place at all: nothing to weigh, and none of the tests below is made
  // (this runs twice per sentence).
  if (!locations.some((l) => l.spans.some((s) => s.first >= u.first && s.last < u.last))) return [];
  // Places after "بين" name the parties ("بين مصر وليبيا"), not the venue.
  const between = cues.filter((c) => c.kind === "between");
  const grouping = cues.filter((c) => c.kind === "grouping");
  const printedHere = locations
    .flatMap((l) => l.spans.filter((s) => s.first >= u.first && s.last < u.last && !inRole(s.first) && !afterBetween(between, grouping, s.first) && !notVenue(s.first) && !possessor(tokens, s) && !attributive(tokens, cues, l, s) && !discussed(tokens, s) && !closesMatterPhrase(tokens, l, s) && !projectSite(tokens, s, inBody) && !ofBody(tokens, l, s, inBody) && !grantedByAgreement(tokens, u.first, cues, s.first) && !agreedToDo(tokens, u.first, cues, s.first) && !linkedByRoute(tokens, u.first, s.first) && !describesSomeone(tokens, u, cues, s.first)).map((s) => ({ l, s, rank: printedRank(tokens, l, s) })))
    .sort((a, b) => a.s.first - b.s.first);
  // "وفي نيامي، أعلنت الوزارة أن جنديين قتلا قرب إنغال": the place before the announcement is
  // where it was announced; what happened happened at the place of the reported clause.
  // Only when what happened is told inside that clause: "التقى … وأكد أن … مع بكين" met elsewhere.
  const reported = reportedClauseStart(tokens, u);
  const happening = cues.find((c) => HAPPENING_KINDS.has(c.kind) && c.kind !== "statement");
  const inClause = reported === null || !happening || happening.first < reported ? [] : printedHere.filter((h) => h.s.first > reported);
  if (inClause.length) return inClause;
  // "استقبلت … الوفد، مؤكدة أن الأردن يدعم استقرار منطقة البلقان": what was said after the
  // happening names what it was about, not where it took place.
  const said = saidClauseStart(tokens, u);
  return said !== null && happening && happening.first < said ? printedHere.filter((h) => h.s.first < said) : printedHere;
}

/** Places after "بين" name the parties ("بين مصر وليبيا"), not the venue. */
function afterBetween(between: readonly CueHit[], grouping: readonly CueHit[], k: number): boolean {
  return between.some((b) => k > b.last && k - b.last <= 4) || grouping.some((g) => k > g.last && k - g.last <= 2);
}

/** "Turkiye’s minister": a state that owns a title is no venue. */
function possessor(tokens: readonly Token[], s: { last: number }): boolean {
  return ["’", "'"].includes(tokens[s.last + 1]?.text ?? "") && tokens[s.last + 2]?.key === "s";
}

/**
 * English puts a venue after a preposition or a visit verb ("in Ankara", "visited Tehran"); a
 * bare state before a noun qualifies it ("US Army", "Jordan-US relations").
 */
function attributive(tokens: readonly Token[], cues: readonly CueHit[], l: LocationRead, s: { first: number; last: number }): boolean {
  const t = tokens[s.first]!;
  if (t.arabic) return false;
  // "toured Up Park Camp": the verb of visiting right before the site (or its article) is no word describing it.
  const at0 = tokens[s.first - 1]?.key === "the" ? s.first - 2 : s.first - 1;
  if (l.kind === "site" && cues.some((c) => c.kind === "visit" && c.last === at0 && tokens[at0]!.key !== "visiting")) return false;
  // "visited the Arctic Command's rescue centre": the site's owner stands between too,
  // "toured the newly built X terminal": and the words that describe it.
  const opens = l.kind === "site" ? describedFrom(tokens, ownerStart(tokens, s.first)) : s.first;
  // "in the Red Sea", "at the Port of X": the article stands between the venue and its preposition.
  const at = tokens[opens - 1]?.key === "the" ? opens - 2 : opens - 1;
  const before = tokens[at];
  // "off the coast of Fujairah", "on the outskirts of Kabul": the noun before "of" places it.
  if (before?.key === "of" && LATIN_VENUE_OF.has(tokens[at - 1]?.key ?? "")) return false;
  // "companies operating in the Kurdistan region", "troops based in X": where someone is, not the event.
  if (before?.key === "in" && DESCRIBING_IN.has(tokens[at - 1]?.key ?? "")) return true;
  // "held the Batumi talks": a city before the meeting noun is where the talks were held.
  if (cues.some((c) => c.kind === "meeting" && c.first === s.last + 1) && l.kind === "city") return false;
  if (before && (LATIN_VENUE_BEFORE.has(before.key) || (before.key !== "visiting" && cues.some((c) => c.kind === "visit" && c.last === at)))) return false;
  return true;
}

/** Where the capitalized owner of a site in the possessive opens ("the Coast Command's centre"), else the site's first token. */
function ownerStart(tokens: readonly Token[], first: number): number {
  if (!isPossessiveS(tokens, first - 1)) return first;
  let k = first - 2;
  while (k > first - 6 && tokens[k - 1]?.kind === "word" && tokens[k - 1]!.capital && !tokens[k - 1]!.arabic) k--;
  return k < first - 2 ? k : first;
}

// "بحث تطورات الأوضاع في قطاع غزة", "discussed the situation in Sudan": the matter, not the venue.
// "الأمن البحري في الخليج", "maritime security in the Gulf": an adjective may stand between.
function subjectAt(tokens: readonly Token[], k: number): boolean {
  return SUBJECT_BEFORE_PLACE.has((tokens[k]?.key ?? "").replace(/^[وب](?=ال)/u, ""));
}

function adjectiveAt(tokens: readonly Token[], k: number): boolean {
  return ADJECTIVE.test(tokens[k]?.key ?? "");
}

function discussed(tokens: readonly Token[], s: { first: number }): boolean {
  const at = tokens[s.first - 1]?.key === "the" ? s.first - 1 : s.first;
  return ["في", "in"].includes(tokens[at - 1]?.key ?? "") && (subjectAt(tokens, at - 2) || (adjectiveAt(tokens, at - 2) && subjectAt(tokens, at - 3)));
}

/**
 * "وفد من شرطة الحدود في البوسنة والهرسك": the state after a body's "في" is where the body serves,
 * not where the happening took place.
 */
function ofBody(tokens: readonly Token[], l: LocationRead, s: { first: number }, inBody: (k: number) => boolean): boolean {
  return l.kind === "country" && ["في", "in"].includes(tokens[s.first - 1]?.key ?? "") && inBody(s.first - 2) && !inBody(s.first - 1);
}

// "لإنشاء مصنع في X", "to build a plant in X": what is to be built, not where the happening was.
const TO_BUILD = /^(لإنشاء|لانشاء|لبناء|لتشييد|لإقامة|لاقامة|لتطوير|build|establish|develop)$/u;

/** A place after في/in that closes what a signing or talks are to build ("مذكرة تفاهم لإنشاء مصنع في X"). */
function projectSite(tokens: readonly Token[], s: { first: number }, inBody: (k: number) => boolean): boolean {
  let at = tokens[s.first - 1]?.key === "the" ? s.first - 1 : s.first;
  // "في مدينة X", "in the city of X": the town's noun before its name.
  if (TOWN_HEAD.has(tokens[at - 1]?.key ?? "")) at--;
  if (tokens[at - 1]?.key === "of" && TOWN_HEAD.has(tokens[at - 2]?.key ?? "")) at -= tokens[at - 3]?.key === "the" ? 3 : 2;
  if (!["في", "in"].includes(tokens[at - 1]?.key ?? "")) return false;
  // What is to be built may be told at some length ("لإنشاء مصنع لتعبئة التمور والأسماك المجمدة في …").
  // "met X to discuss joint patrols in the Gulf of Y": what talks are for is the matter too (not
  // "discussed X in Y", which may say where they talked).
  // Not a purpose that is part of a body's name ("زار الوكالة الكورية لتطوير الدفاع في مدينة X"):
  // the body stands in the town, which is where the visit went.
  for (let k = at - 2; k >= at - 10 && k >= 0 && tokens[k]!.kind !== "punct"; k--) if ((TO_BUILD.test(tokens[k]!.key) && !inBody(k)) || (tokens[k]!.key === "discuss" && tokens[k - 1]?.key === "to")) return true;
  return false;
}

/**
 * "X, who commands the navy in the Indian Ocean,", "a shipyard, which would build the boats in
 * Trabzon": a clause describing someone says where he serves or works, not where the event took
 * place ("X, who met Y in Riga," tells the event itself).
 */
function describesSomeone(tokens: readonly Token[], u: Unit, cues: readonly CueHit[], k: number): boolean {
  for (let j = k - 1; j >= u.first; j--) {
    const t = tokens[j]!;
    if (t.kind === "punct" && /[,;:()]/.test(t.text)) return false;
    if (t.key === "who" || t.key === "whose" || (t.key === "which" && tokens[j - 1]?.text === ",")) return !cues.some((c) => HAPPENING_KINDS.has(c.kind) && c.first > j && c.first < k);
  }
  return false;
}

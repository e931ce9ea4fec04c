import rules from "../rules/organizations.json";
import { hyphenJoinsArabicWords, hyphenJoinsCapitalizedWord } from "../text/hyphen-joins";
import { placeStateOfRow } from "./place-state-of-row";
import placeRules from "../rules/places.json";
import type { PlaceHit, PlaceKind } from "./gazetteer";
import type { Ctx } from "../persons/anchor-spans";
import { isOrgHeadAt, isRoleHeadAt } from "../persons/head-lookups";
import { rankAt } from "../persons/ranks";
import { givenNameKeys, isCalendarWord, isStopToken, orgHeadTrie } from "../persons/vocabulary";
import { hasTanween } from "../persons/vocabulary";
import { rawOffsetAfterLetters, readings, readsAs, tokenReadsAs, wordKey, type Token } from "../text/tokens";
import { PhraseTrie } from "../text/phrase-trie";
import { matchKey } from "../text/normalize";
import { findEnglishUnlistedPlaces } from "./english-unlisted-places";
import { findEnglishListedPlaces, riverListItems } from "./english-listed-places";
import { findEnglishVillageNames } from "./english-village-names";
import { findEnglishStateNames } from "./english-state-names";
import { findArabicWherePlaces } from "./arabic-where-places";
import { findPluralHeadPlaces } from "./plural-place-heads";
import { findArabicDescribedTowns } from "./arabic-described-towns";
import { featureHeadKeys, positionKeys } from "./town-heads";
import { describesHeadedPlace } from "./town-adjectives";
import { isPlaceNounAfterSiteNoun, isPlaceNounSaidAgain, isSiteNounNamedOn, isSiteNounSaidAgain } from "./place-noun-said-again";
import { isUnnamedStadium } from "./stadium-names";
import { isEponymTitle } from "../persons/eponyms";
import { namesBridge, namesSharedWater } from "./shared-waters";
import { isCommonNounAfterArea } from "./area-common-nouns";
import { stopWordNamesSite, timeOfDayKeys } from "./site-own-name";
import { isWorkNamedCentre } from "./work-named-centres";
import { isSeatOfArea } from "./seat-of-area";
import { isStateNameAsNisba } from "./state-name-as-nisba";
import { isAttributiveRegion, isAttributiveState } from "./attributive-state";
import { isVesselNamedAfterPlace } from "./vessel-names";
import { continuesNasab, opensNasab } from "./nasab-in-site-names";
import { namesSiteInYa } from "./site-nisba-names";
import { governorateBesideTown } from "./governorate-beside-town";
import { cityWordAfter } from "./english-city-word";
import { findNumberedDistricts } from "./numbered-districts";
import { venueNameStart } from "./english-venues";
import { compassNamedRegion, compassPartOfState } from "./compass-named-regions";
import { twinTownState } from "./twin-towns";
import { headFirstNameEnd } from "./head-first-names";
import { waterNamedAfterPlace } from "./water-names";
import { findCapes } from "./capes";
import { isTownOnlyOfMooredSite } from "./moored-at-site";
import { isHaForTaaMarbuta, writesTaaMarbuta } from "./taa-marbuta-spelling";
import { nameAbbreviationEnd } from "../text/name-abbreviations";
import { nearestState, printedStateOf, printedStateOfAny, stateRightAfterSite } from "./printed-state";
import { stateOfRulerNamingSite } from "./ruler-named-sites";
import { joinsFieldAfterAnd } from "../organizations/across-and";
import { foreignParticlesEnd } from "../organizations/extent";
import { findCompassNamedSites } from "./compass-named-sites";
import { findResourceFieldSites } from "./resource-field-sites";
import { findReservoirSites } from "./reservoir-sites";
import { extendBuildingsOverSites } from "./building-over-site";
import { findEnglishAtVenues } from "./english-at-venues";
import { findEnglishCommonVenues } from "./english-common-venues";
import { crossingKey, findEnglishNamedFacilities } from "./english-named-facilities";
import { findLinkingRoads } from "./linking-roads";
import { isPlaceInPersonName } from "./person-name-places";
import { findShoreEstablishments } from "./shore-establishments";
import { findRomanceStreetNames } from "./romance-street-names";
import { ordinalSuffixAfter } from "../text/english-marks";
import { joinedPieceBefore } from "../text/joined-pieces";
import { isQuotedAlone } from "./quoted-place-names";
import { findCompassNamedAreas } from "./compass-named-areas";
import { pluralNounAfterArea } from "./area-plural-nouns";
import { indefiniteAfterListedTown, namedByCommonWordsOnly, namesDatabase, opensElativeApposition, praisesSiteAsHistoric, placesSiteAgainstAnother, townAfterFi, townOfRoom } from "./site-name-ends";
import { tellsKindOfUnnamedSite } from "./unnamed-site-kinds";
import { agreeingHeadKey, pairsWithComplement } from "./paired-site-words";
import { airportSecondName } from "./airport-second-names";
import { isFirmSaidAgain } from "./firm-seat-town";
import { findHospitalInstitutions } from "./hospital-institutions";
import { findPartsOfSites } from "./site-parts";
import { findBorderPostNames } from "./border-post-names";
import { bodyBuildingEnd, isEdifice } from "./body-buildings";
import { withoutPortAdjective } from "./port-names";
import { sitePurposeEnd } from "./site-purpose";
import { isPublicSeat, seatKeys } from "./public-seats";
import { crossingStandsIn } from "./crossing-stands-in";
import { findPalaceSites } from "./palace-sites";
import { findDefiniteSitesInTown } from "./definite-sites-in-town";
import { findZoneNames, opensWithAreaNoun } from "./zone-names";
import { eponymInitialStart } from "./eponym-initial";
import { addressedBefore } from "./addressed-person-sites";

/**
 * Locations: every place the gazetteer knows that is printed by name (a demonym such as
 * "المصرية" names no place), plus sites built from a site noun and what follows it
 * ("مقر وزارة الدفاع المصرية", "مطار ماركا العسكري", "قلعة بيت الفلج").
 */

export interface LocationRead {
  name: string;
  kind: PlaceKind;
  country: string | null;
  lat: number | null;
  lon: number | null;
  mentions: { start: number; end: number; surface: string }[];
  /** Token ranges of the mentions. */
  spans: { first: number; last: number }[];
  id: string;
}

// "القيادة" alone is the command the story named (a force's headquarters), though no body head.
const COMMAND_KEY = matchKey("القيادة");
const outsideNameHeadKeys = new Set(rules.placeHeadsOutsideName.map((w) => matchKey(w)));
// "مخيم X": a camp is read with the town heads (its name runs as a town's does) but is a site.
const campHeadKeys = new Set([matchKey("مخيم")]);
const competitionKeys = new Set(rules.competitionWords.map((w) => matchKey(w)));
type HeadKind = "region" | "city";
const placeHeadTrie = new PhraseTrie<HeadKind>(
  [
    ...(Object.entries(rules.placeHeads) as [HeadKind, { ar: string[]; en: string[] }][]).flatMap(([kind, h]) => [...h.ar, ...h.en].map((w) => [w, kind] as const)),
    // "جزر X": a group of islands is a region, named as the heads above name one.
    ...placeRules.archipelagoHeads.ar.map((w) => [w, "region"] as const),
    // "معتمدية X": a lesser area of a state, named as the heads above name one.
    ...[...placeRules.localAreaHeads.ar, ...placeRules.localAreaHeads.en].map((w) => [w, "region"] as const),
  ],
);
const placeOfTrie = new PhraseTrie<HeadKind>(
  (Object.entries(rules.placeOfHeads) as [HeadKind, string[]][]).flatMap(([kind, heads]) => heads.map((w) => [w, kind] as const)),
);
// Directions and quarters end a name read after a head ("محافظة الأنبار غرب العراق").
const openerKeys = new Set(rules.placeOpeners.map((w) => matchKey(w)));
const DIRECTIONS = new Set(["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "north", "south", "east", "west"].map((w) => matchKey(w)));

/**
 * "the Western North Region": a capitalized English compass word inside an area's name, after
 * another word of the name (`nameWord`), never opening the name alone.
 */
function compassWordOfName(tokens: readonly Token[], k: number, nameWord: (k: number) => boolean): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return !t.arabic && t.capital && DIRECTIONS.has(t.key) && !!before?.capital && !before.lineStart && nameWord(k - 1);
}

/**
 * A continent or a region of several states after a title word ("بطل أوروبا", "كأس أفريقيا",
 * "Africa Cup") is the title's scope; a state or city there is the host ("مونديال تونس").
 */
function inCompetitionName(ctx: Ctx, p: PlaceHit): boolean {
  if (p.kind !== "region" || p.iso2) return false;
  const { tokens } = ctx.doc;
  const first = p.firstToken;
  const last = p.lastToken;
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  // An English title is capitalized ("Open Asia"); a lower-case word before the region describes it
  // ("a free and open Indo-Pacific"), no title.
  if (prev && prev.kind === "word" && (prev.arabic || prev.capital) && tokenReadsAs(prev, competitionKeys)) return true;
  return !!next && !next.arabic && next.kind === "word" && competitionKeys.has(next.key);
}

export interface HeadedPlace extends SiteMention {
  /** The name without its head: "الأنبار" of "محافظة الأنبار". */
  name: string;
  /** The name as printed with its head and without a proclitic: "محافظة الأنبار" of "بمحافظة الأنبار". */
  headed: string;
  kind: HeadKind;
  /** The name is a town of the gazetteer, the head an area's ("محافظة الزرقاء"). */
  town?: boolean;
  /** Read only from a word of nearness ("near Korvik"): the state is the one printed by it, if any. */
  nearby?: boolean;
  /** The name is a place of the gazetteer that the head makes a water of its own ("Sulawesi Sea"). */
  ownsPlace?: boolean;
  /** The state of the gazetteer's place the name is made of ("Rakhine State" of Rakhine). */
  listedState?: string;
  /** The state of the world's towns dataset for a town the sentence cues: after a state printed by it, before the nearest. */
  townState?: string;
  /** A river named in a list of rivers ("the X and Y rivers"): a water between states, with none. */
  water?: boolean;
}

/**
 * Places the gazetteer does not know, named after a generic head: "محافظة الأنبار", "ولاية
 * الجزيرة", "مدينة الرمادي", "Anbar Province". The head must be indefinite (the construct state of
 * a name, not "المحافظة الجنوبية"); the name is one word, or two when the first is indefinite and
 * the second definite ("صلاح الدين"). A known place after the head is left to the gazetteer.
 */
export function findHeadedPlaces(ctx: Ctx): HeadedPlace[] {
  const { tokens, text } = ctx.doc;
  const out: HeadedPlace[] = [];
  const nameWord = (k: number) => {
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.lineStart || ctx.placeAt[k]) return false;
    if (isStopToken(t) || isCalendarWord(t) || hasTanween(t) || DIRECTIONS.has(t.key)) return false;
    // "قرية قرب بلدة X": a word of relative position after the head starts where, not the name;
    // "جزر البحيرة": the lake named before, said again.
    if (positionKeys.has(t.key) || isPlaceNounSaidAgain(t)) return false;
    // "من ناحية أخرى", "في مدينة كبيرة": an adjective after the head names no place.
    if (indefiniteAdjectiveKeys.has(t.key)) return false;
    if (isRoleHeadAt(ctx, k) || rankAt(ctx, k) || isOrgHeadAt(ctx, k) || placeHeadTrie.matchAt(tokens, k, text)) return false;
    return true;
  };
  for (let i = 0; i < tokens.length; i++) {
    const of = tokens[i]!.arabic ? null : placeOfTrie.matchAt(tokens, i, text);
    if (of && !tokens[of.first]!.capital) {
      // "the eastern state of Sabah", "the border town of Lago Agrio": up to three capitalized words.
      let last = of.last;
      while (last < of.last + 3 && tokens[last + 1]?.capital && !tokens[last + 1]!.lineStart) {
        // "the village of St. Ignatius": the abbreviation and its period open the name.
        const abbreviation = last === of.last ? nameAbbreviationEnd(tokens, last + 1) : -1;
        if (abbreviation >= 0) last = abbreviation;
        else if (nameWord(last + 1) || rankAt(ctx, last + 1)) last++;
        else break;
      }
      if (last > of.last && !ctx.placeAt[of.last + 1]) {
        const start = tokens[of.last + 1]!.start;
        const end = tokens[last]!.end;
        const name = text.slice(start, end);
        out.push({ first: of.last + 1, last, start, end, surface: name, name, headed: name, kind: of.value });
        i = last;
        continue;
      }
    }
    const m = placeHeadTrie.matchAt(tokens, i, text);
    if (!m) continue;
    const head = tokens[m.first]!;
    // "منطقة عسكرية": the most common of these heads is as often a plain noun before an adjective.
    if (tokenReadsAs(head, areaNounKeys) && tokens[m.last + 1] && isPlainNounAfter(tokens[m.last + 1]!.key) && !definiteNameAfterArea(ctx, m.last + 1)) continue;
    if (!head.arabic) {
      // "Anbar Province": one or two capitalized words before a capitalized head; a head that
      // opens a body's name is none ("Philippine Coast Guard").
      // "Mary Lake-Carter School": a head joined by a tight hyphen to the next name is part of a double name.
      if (!head.capital || tokens[m.last + 1]?.key === "guard" || hyphenJoinsCapitalizedWord(tokens, m.last + 1)) continue;
      const headFirstEnd = headFirstNameEnd(tokens, m.first, nameWord, (k) => isOrgHeadAt(ctx, k));
      if (headFirstEnd >= 0) {
        const end = tokens[headFirstEnd]!.end;
        const surface = text.slice(m.start, end);
        out.push({ first: m.first, last: headFirstEnd, start: m.start, end, surface, name: surface, headed: surface, kind: m.value });
        i = headFirstEnd;
        continue;
      }
      const water = waterNamedAfterPlace(ctx, m.first, m.last);
      if (water >= 0) {
        const start = tokens[water]!.start;
        const surface = text.slice(start, m.end);
        out.push({ first: water, last: m.last, start, end: m.end, surface, name: text.slice(start, tokens[m.first - 1]!.end), headed: surface, kind: m.value, ownsPlace: true });
        i = m.last;
        continue;
      }
      let first = m.first;
      while (first > m.first - 2 && tokens[first - 1]?.capital && (nameWord(first - 1) || compassWordOfName(tokens, first - 1, nameWord)) && !tokens[first - 1]!.lineStart) first--;
      if (first === m.first || tokens[first]!.i === 0) continue;
      const start = tokens[first]!.start;
      const nameEnd = tokens[m.first - 1]!.end;
      out.push({ first, last: m.last, start, end: m.end, surface: text.slice(start, m.end), name: text.slice(start, nameEnd), headed: text.slice(start, m.end), kind: m.value });
      i = m.last;
      continue;
    }
    if (readings(head.key).every((r) => r.key.startsWith("ال"))) continue;
    const j = m.last + 1;
    const t = tokens[j];
    // "محافظة الزرقاء", "قضاء مرجعيون": a town after an area's head names the area around it, a
    // region of its own; the town printed alone stays the town.
    const town = ctx.placeAt[j];
    if (m.value === "region" && town && town.kind === "city" && !town.viaDemonym && town.firstToken === j && !namesTownItself(head, town.iso2)) {
      const end = town.end;
      out.push({ first: m.first, last: town.lastToken, start: m.start, end, surface: text.slice(m.start, end), name: town.surface, headed: m.surface + text.slice(m.end, end), kind: "region", town: true });
      i = town.lastToken;
      continue;
    }
    // "وادي وساحل حضرموت": a word with و after the head coordinates heads; it starts no name. A
    // proclitic ف ب ك shows only on a definite word ("بالمنطقة"): "كفركلا", "بكفيا" are names.
    if (!t || !t.arabic || !nameWord(j) || /^(و|[فبك]ال)/.test(t.key)) continue;
    // "منطقة الإجراءات الموحدة": a zone named by a plural and its adjective.
    const zone = tokenReadsAs(head, areaNounKeys) ? pluralNounAfterArea(tokens, j) : null;
    let last = zone ?? j;
    const second = tokens[j + 1];
    const opener = openerKeys.has(t.key);
    // "خليج X Y،": a bay, a lake or a mountain named by two foreign words, the clause closing on
    // them, keeps both (the first word alone reads as a given name, the pair as a person); a word
    // going on after the pair shows the second was the sentence's verb ("نهر X شردت أكثر").
    const after2 = tokens[j + 2];
    const foreignPair = !!second && tokenReadsAs(head, featureHeadKeys) && !t.key.startsWith("ال") && !second.key.startsWith("ال") && !second.key.startsWith("و") && (!after2 || after2.lineStart || after2.kind !== "word");
    if (zone === null && second && second.arabic && !second.lineStart && (opener || foreignPair || (!t.key.startsWith("ال") && second.key.startsWith("ال") && !describesHeadedPlace(ctx, j + 1))) && !/^(وال|بال)/.test(second.key) && (nameWord(j + 1) || (opener && !!ctx.placeAt[j + 1]))) last = j + 1;
    if (opener && last === j) continue;
    // "ولاية الحوض الشرقي": a masculine direction after a definite name cannot agree with the
    // feminine head, so it is part of the name.
    const after = tokens[last + 1];
    if (last === j && t.key.startsWith("ال") && after && !after.lineStart && nameDirectionKeys.has(after.key)) last++;
    // "مخيم X لإيواء النازحين": what a camp is for stays in the camp's headed name (the site listed).
    const purpose = tokenReadsAs(head, campHeadKeys) ? sitePurposeEnd(tokens, last + 1) : -1;
    const start = t.start;
    const end = tokens[last]!.end;
    const headedEnd = purpose >= 0 ? tokens[purpose]!.end : end;
    out.push({ first: m.first, last: purpose >= 0 ? purpose : last, start: m.start, end: headedEnd, surface: text.slice(m.start, headedEnd), name: text.slice(start, end), headed: m.surface + text.slice(m.end, headedEnd), kind: m.value });
    i = purpose >= 0 ? purpose : last;
  }
  return out;
}

const areaNounKeys = new Set(["منطقة"].map((w) => matchKey(w)));
const squareKeys = new Set(["ساحة"].map((w) => matchKey(w)));
const nameDirectionKeys = new Set(["الشرقي", "الغربي", "الشمالي", "الجنوبي", "الأوسط"].map((w) => matchKey(w)));
// Heads after which a town names the town itself: "مدينة X", and "ولاية X" in Oman, a district
// called after its town. Elsewhere (Algeria, Tunisia, Sudan, Turkey) "ولاية جيجل" is the province
// around the town, a first-level division of its own ("مديرية الأشغال لولاية جيجل").
const townNamedHeadKeys = new Set(rules.placeHeadsOutsideName.map((w) => matchKey(w)));
const wilayaKeys = new Set([matchKey("ولاية")]);
const namesTownItself = (head: Token, iso2: string | null): boolean => tokenReadsAs(head, townNamedHeadKeys) || (iso2 === "OM" && tokenReadsAs(head, wilayaKeys));
/** After "منطقة": an adjective, a word with the preposition ل, or a present-tense verb ("منطقة تمتد"). */
const isPlainNounAfter = (key: string): boolean => isIndefiniteAdjective(key) || /^ل/.test(key) || /^[تي][^ا]{3}$/.test(key) || isCommonNounAfterArea(key);
/**
 * "بمنطقة العالية": a definite word cannot agree with the indefinite head, so one in -ي or -ية that
 * no list holds is a name in construct, no adjective (a listed town there is left as it was read).
 */
const definiteNameAfterArea = (ctx: Ctx, j: number): boolean => {
  const key = ctx.doc.tokens[j]!.key;
  return key.startsWith("ال") && /(ي|يه)$/.test(key) && !isCommonNounAfterArea(key) && !ctx.placeAt[j];
};
const siteBreakerKeys = new Set(rules.nameBreakers.map((w) => matchKey(w)));
const indefiniteAdjectiveKeys = new Set(rules.indefiniteAdjectives.map((w) => matchKey(w)));
/** "جديد", "عسكري", "إقليمية": an adjective, which no proper name of a place is. */
const isIndefiniteAdjective = (key: string): boolean => indefiniteAdjectiveKeys.has(key) || /(ي|يه)$/.test(key);
/**
 * An adjective right after an indefinite site noun agrees with it ("مركز جديد", "قاعدة عسكرية"), so a
 * word in -ي after a feminine noun ("قاعدة عنتيبي", "جزيرة بوني") or after a first name word
 * ("معبر جيبيك جولي") is part of the name, not an adjective.
 */
const isSiteAdjective = (key: string, headKey: string, free: number): boolean =>
  indefiniteAdjectiveKeys.has(key) || (free === 0 && (headKey.endsWith("ه") ? /يه$/.test(key) : /(ي|يه)$/.test(key)));
/**
 * "ملعب حمادي العقربي": a word in -ي followed by a definite one in -ي is a given name and its
 * family's nisba, not an adjective: an indefinite adjective takes no definite one after it.
 */
const givenBeforeNisba = (tokens: readonly Token[], j: number): boolean => {
  const next = tokens[j + 1];
  return !!next && !next.lineStart && next.kind === "word" && /^ال.+ي$/u.test(next.key) && !indefiniteAdjectiveKeys.has(tokens[j]!.key);
};
/** "سيبقى", "ستغلق", "سنعمل": the future prefix س on an imperfect verb of three to five letters. */
const FUTURE_VERB = /^س[يتن][\u0621-\u064A]{3,5}$/u;
/** "إقامته", "قيادتها": an indefinite noun owned by a pronoun, not a name (a given name in ه or a place is one). */
function ownsPronoun(ctx: Ctx, j: number): boolean {
  const t = ctx.doc.tokens[j]!;
  return t.arabic && /.{2}(ه|ها|هم)$/u.test(t.text) && !t.key.startsWith("ال") && !givenNameKeys.has(t.key) && !ctx.placeAt[j];
}
const peninsulaKeys = new Set([matchKey("شبه")]);
// Sites that Arabic names by their town ("القاعدة البحرية بصفاقس"); the seat of a body (مقر
// الوزارة بأبوظبي) only says where the body sits, so مقر is not among them.
const townNamedSiteKeys = new Set(["قاعدة", "ثكنة", "معسكر", "مستشفى", "قاعة"].flatMap((w) => [matchKey(w), matchKey("ال" + w)]));
/** The word at `j` is ب on a town, right after the name of a site opened at `i` by a town-named noun. */
function townInSiteName(ctx: Ctx, i: number, j: number): boolean {
  const place = ctx.placeAt[j];
  if (!place || place.kind !== "city" || place.viaDemonym || place.firstToken !== j) return false;
  const key = ctx.doc.tokens[j]!.key;
  return key.startsWith("ب") && !key.startsWith("بال") && readings(key).some((r) => r.cut) && readsAs(ctx.doc.tokens[i]!.key, townNamedSiteKeys);
}
const islandKeys = new Set([matchKey("جزيرة")]);
const siteTrie = new PhraseTrie<"site">([...rules.siteHeads.ar, ...rules.siteHeads.en].map((h) => [h, "site"] as const));

const capitalSiteHeadKeys = new Set(placeRules.capitalOnlySiteHeads.en.map((w) => w.toLowerCase()));

/** The site's noun runs from `first` to `last` exactly ("Delta", "training ground"). */
function siteHeadEndsAt(ctx: Ctx, first: number, last: number): boolean {
  return siteTrie.matchAt(ctx.doc.tokens, first, ctx.doc.text)?.last === last;
}
// Words that name a state's form rather than the state (دولة الكويت is listed as الكويت).
const STATE_FORMS = /^(دولة|مملكة|جمهورية|إمارة|امارة|سلطنة)\s+/u;

export interface SiteMention {
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
  /** Named by a noun no body's name opens with ("قاعدة عنتيبي الجوية", "Incirlik Air Base"). */
  placeOnly?: boolean;
  /** A named venue ("the Government Building"): a place, no body, though a body's word opens it. */
  venue?: boolean;
  /** Joins places of two states ("the X–Y road" from one state's town to the other's): it has no state. */
  crossesBorder?: boolean;
  /** The one form a site printed in several ways is listed under ("المتحف الوطني في X" for "… بX"). */
  listedAs?: string;
}

/** "13th Main Base", "2nd Air Base": an English ordinal, in figures, right before the name at `first`. */
function countedUnit(tokens: readonly Token[], first: number): boolean {
  return ordinalSuffixAfter(tokens, first - 2) === first - 1;
}

const YEAR = /^(19|20)\d\d$/;
const commonSiteHeadKeys = new Set(placeRules.commonSiteHeads.ar.flatMap((w) => [matchKey(w), matchKey("ال" + w)]));
const commandNounKeys = new Set(placeRules.commonSiteHeads.commands.map((w) => matchKey(w)));
/** The word after a command's noun names what it runs: a definite word or a site's noun ("القاعدة", "ترسانة"). */
const opensNameAfterCommand = (t: Token | undefined): boolean => !!t && !t.lineStart && t.kind === "word" && t.arabic && (t.key.startsWith("ال") || !!siteTrie.matchAt([t], 0, ""));
const hospitalHeadKeys = new Set(rules.hospitalHeads.map((w) => matchKey(w)));
const hospitalKindKeys = new Set(rules.hospitalKinds.map((w) => matchKey(w)));
const yearAdjectiveKeys = new Set(["الماضي", "الجاري", "الحالي", "المقبل", "القادم", "المنصرم"].map((w) => matchKey(w)));

/** The definite common noun at `last` closes a room's name, and a building's follows after ب. */
function roomOfBuilding(ctx: Ctx, last: number): boolean {
  const t = ctx.doc.tokens[last]!;
  return t.key.startsWith("ال") && !ctx.placeAt[last] && !isOrgHeadAt(ctx, last) && siteTrie.matchAt(ctx.doc.tokens, last + 1, ctx.doc.text)?.clitic === "ب";
}

/**
 * "بمقر الوزارة في مبنى X", "في مقر الوزارة بثكنة Y": the body's word of a seat at `last` is
 * followed by a named site in ب or after في; that building is where the seat is, and the seat said
 * by its body's noun names no place of its own.
 */
function seatInNamedSite(ctx: Ctx, last: number): boolean {
  const { tokens, text } = ctx.doc;
  const after = tokens[last + 1];
  if (!after || after.lineStart) return false;
  const at = after.key === "في" ? last + 2 : last + 1;
  const site = siteTrie.matchAt(tokens, at, text);
  if (!site || site.clitic !== (at === last + 1 ? "ب" : "")) return false;
  const name = tokens[site.last + 1];
  return !!name && !name.lineStart && name.kind === "word" && name.arabic && !isStopToken(name);
}

/** An area's head ("ولاية", "محافظة") opening a name right after a site's noun. */
function areaOfSeat(ctx: Ctx, j: number): boolean {
  const head = placeHeadTrie.matchAt(ctx.doc.tokens, j, ctx.doc.text);
  const next = ctx.doc.tokens[head ? head.last + 1 : -1];
  return !!head && head.last === j && !head.clitic && !!next && !next.lineStart && next.kind === "word" && !isStopToken(next);
}

// "مطار X Y الدولي": a second name between the town and the site's kind adjective is the site's.
const secondNameBeforeKind = (tokens: readonly Token[], j: number): boolean => !!tokens[j + 1] && !tokens[j + 1]!.lineStart && siteAdjectiveKeys.has(tokens[j + 1]!.key);
// "قصر X": a palace is named by a word in -ي as a place-only site is (namesSiteInYa).
const palaceHeadKeys = new Set([matchKey("قصر")]);
const ownNameOnlyKeys = new Set(placeRules.ownNameOnlySiteHeads.ar.map((w) => matchKey(w)));
const placeOnlySiteTrie = new PhraseTrie<true>([...rules.placeOnlySiteHeads.ar, ...rules.placeOnlySiteHeads.en].map((h) => [h, true] as const));

/** The word at `j` goes on a listed place that opened after the site's noun at `head` and ran to `last`. */
function insideEnteredPlace(ctx: Ctx, head: number, j: number, last: number): boolean {
  const place = ctx.placeAt[j];
  return !!place && !place.viaDemonym && place.firstToken > head && place.firstToken < j && last === j - 1 && ctx.placeAt[j - 1] === place;
}

export function findSites(ctx: Ctx): SiteMention[] {
  const { tokens, text } = ctx.doc;
  const out: SiteMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = siteTrie.matchAt(tokens, i, text);
    if (!m) continue;
    // "شبه جزيرة X", "لشبه جزيرة X": a peninsula, a region read with its head (placeHeads), not the
    // island site "جزيرة X".
    if ((i > 0 && tokenReadsAs(tokens[i - 1]!, peninsulaKeys)) || isUnnamedStadium(ctx, m.last)) continue;
    const latin = !tokens[i]!.arabic;
    // "Impalila island", "a Pacific island": a land feature's noun in lower case describes the name.
    if (latin && !tokens[i]!.capital && capitalSiteHeadKeys.has(tokens[i]!.key)) continue;
    const placeOnlyHead = !!placeOnlySiteTrie.matchAt(tokens, i, text);
    const commonHead = tokenReadsAs(tokens[m.last]!, commonSiteHeadKeys);
    let last = m.last;
    let free = 0;
    let building = -1;
    for (let j = m.last + 1; j < tokens.length && j - m.last <= 6; j++) {
      const t = tokens[j]!;
      // "مطار دوغلاس-تشارلز": a hyphen set tight after the name's word joins the next word to it
      // (a double name), where a dash set apart would close the name.
      if (!latin && j === last + 1 && last > m.last && hyphenJoinsArabicWords(tokens, j)) {
        last = ++j;
        continue;
      }
      if (t.lineStart || t.kind !== "word") break;
      if (latin) {
        // "the German port of Kiel": a lower-case head is a common noun; the place after "of" stands alone.
        if (t.key === "of" && !tokens[i]!.capital) break;
        // "Port of Karachi", "Museum of the Armed Forces"
        if ((t.key === "of" || t.key === "the") && tokens[j + 1] && !tokens[j + 1]!.lineStart && (tokens[j + 1]!.capital || (tokens[j + 1]!.key === "the" && tokens[j + 2]?.capital))) continue;
        if (!t.capital) break;
        last = j;
        continue;
      }
      // "ميناء بورت لويس": the later words of a listed place the name has entered are that place's,
      // though one reads as a given name or a particle alone.
      if (insideEnteredPlace(ctx, m.last, j, last)) {
        last = j;
        continue;
      }
      // "الأكاديمية الدكتور …": after a definite noun a rank or title starts a person ("قاعدة الملك …"
      // names the base after a king).
      const definiteHead = tokens[m.last]!.key.startsWith("ال");
      // "مركز للدرك", "قاعدة للجيش": an indefinite site noun owned through لـ is a description ("a
      // gendarmerie post"), no named place.
      // "ساحة تنافس", "ساحة المعارك": a square's noun before a common noun of rivalry or war is a figure.
      if (j === m.last + 1 && ((!definiteHead && t.key.startsWith("لل")) || (tokenReadsAs(tokens[m.last]!, squareKeys) && isCommonNounAfterArea(t.key)) || namesDatabase(tokens, m.last, j))) {
        last = -1;
        break;
      }
      // "بوابة الأهرام": a gate's noun before a definite word is a news portal or the like.
      if (j === m.last + 1 && tokenReadsAs(tokens[m.last]!, ownNameOnlyKeys) && t.key.startsWith("ال")) {
        last = -1;
        break;
      }
      // "في ميناء القاعدة": a part of the site said again, no named place.
      // "ميناء المدينة", "شاطئ البحر": a place's noun with the article names none (the town's port).
      if (j === m.last + 1 && !latin && (isSiteNounSaidAgain(t, tokens[j + 1]) || (placeOnlyHead && !ctx.placeAt[j] && isPlaceNounAfterSiteNoun(t, tokens[j + 1])))) {
        last = -1;
        break;
      }
      // "ميناء لا غوايرا", "مطار لاهور": a listed place whose own name starts with a particle or
      // with ل (no clitic cut off) goes on the site's name.
      const ownName = ctx.placeAt[j]?.firstToken === j && ctx.placeAt[j]!.surface.startsWith(t.text);
      // "مركز لوجستي", "مركز لتزويد السفن": what kind of place, no named one.
      if (!ownName && !ctx.placeAt[j] && tellsKindOfUnnamedSite(tokens, m.last, j)) {
        last = -1;
        break;
      }
      // "في مكتبه بالدوحة": a site noun printed with a pronoun ("his office", read as مكتبة once ة
      // and ه are folded) before a place in ب says where someone's own room is, no named site.
      if (j === m.last + 1 && !latin && /(ه|ها|هم)$/u.test(tokens[m.last]!.text) && !tokens[m.last]!.key.startsWith("ال") && ctx.placeAt[j] && !ownName && t.key.startsWith("ب")) {
        last = -1;
        break;
      }
      // "في مقر إقامته", "بمقر قيادتها": a seat named by what someone does there, with a pronoun,
      // is his own (his residence, its command), no site anyone could find by that name.
      if (j === m.last + 1 && !latin && tokenReadsAs(tokens[i]!, seatKeys) && ownsPronoun(ctx, j)) {
        last = -1;
        break;
      }
      // "مقر وزارة الصناعة والمناجم والطاقة": the seat of a body named by the fields it covers
      // keeps them across و, as the body's name does ("والمياه" is no verb with a pronoun).
      // "بمقر ولاية جندوبة", "مقر محافظة دهوك": an area's head right after the site's noun goes
      // on to the area's name (no nisba, though "ولاية" ends as one).
      if (j === m.last + 1 && !definiteHead && placeHeadTrie.matchAt(tokens, j, text)?.clitic === "") {
        last = j;
        continue;
      }
      // "مبنى إدارة منفذ X الحدودي", "بمقر بلدية X": the building of a body named in full.
      building = bodyBuildingEnd(ctx, m.last, j);
      if (building >= 0) {
        last = building;
        break;
      }
      if (isOrgHeadAt(ctx, m.last + 1) && joinsFieldAfterAnd(ctx, m.last + 1, m.last + 1, j)) {
        last = j;
        continue;
      }
      // "مستشفى الأم والطفل": a pair of common nouns names the site.
      if (!latin && pairsWithComplement(ctx, m.last, j)) {
        last = j;
        continue;
      }
      // "مبنى تخزين", "مجمع تركي", "مجمع لتخزين": a common building's noun takes neither a bare
      // word nor a nationality nor what it is for as a name.
      // "جسر الملك فهد": after a king's or prince's title the bare word is the eponym's name.
      // "مبنى قيادة القاعدة": a command's noun in construct names the building by the office it
      // houses and goes on to what that office runs.
      if (commonHead && j === m.last + 1 && tokenReadsAs(t, commandNounKeys) && t.key === matchKey(t.text) && opensNameAfterCommand(tokens[j + 1])) {
        last = j;
        continue;
      }
      // "مبنى إدارة المؤسسة العامة لجسر …": after the name's definite words a complement in ل goes on with it.
      const complementOfName = j > m.last + 1 && /^ل(?!ل)/u.test(t.key) && tokens[j - 1]!.key.startsWith("ال");
      if (commonHead && (ctx.placeAt[j]?.viaDemonym || (!ownName && !ctx.placeAt[j] && !t.key.startsWith("ال") && !complementOfName && !(j === m.last + 2 && areaOfSeat(ctx, j - 1)) && !isEponymTitle(tokens[j - 1]!.key)))) break;
      // "مستشفى الكفرة العام": the word of a hospital's kind closes its name, not the year of
      // "العام الماضي" after it; the town it stands in may still follow after ب ("… التخصصي بنجران").
      if (j > m.last + 1 && hospitalKindKeys.has(t.key) && readsAs(tokens[i]!.key, hospitalHeadKeys) && !yearAdjectiveKeys.has(tokens[j + 1]?.key ?? "")) {
        last = townInSiteName(ctx, i, j + 1) ? ctx.placeAt[j + 1]!.lastToken : j;
        break;
      }
      // "أوبيرج دي X", "قلعة سان X دي Y": a European name's particle after the site's indefinite
      // noun or a word of its name goes on through the word it introduces.
      if (!latin && last === j - 1 && !tokens[last]!.key.startsWith("ال")) {
        const foreign = foreignParticlesEnd(ctx, last);
        if (foreign > last) {
          last = foreign;
          j = foreign;
          continue;
        }
      }
      // "قاعدة الملك فيصل": a given name after a king's or prince's title is the eponym's, though
      // it also reads as a particle with a clitic (ف + يصل).
      const eponymName = givenNameKeys.has(t.key) && isEponymTitle(tokens[j - 1]!.key);
      // "مطار الملك X الثالث الدولي": after a king's or prince's title an indefinite word no list
      // knows is the eponym's name too (though it ends in -ي, as an adjective would), and his
      // regnal ordinal and the site's kind go on after it.
      const bareEponymName = !eponymName && isEponymTitle(tokens[j - 1]!.key) && j > m.last + 1 && t.arabic && !isStopToken(t) && !/^(ال|[وبفل]ال)/u.test(t.key) && !isCalendarWord(t) && !ctx.placeAt[j];
      // "مبنى القصر الاتحادي": another site's noun with the article, named on by a definite word,
      // is the site the building belongs to, though القصر ends person names.
      const siteNamedOn = j === m.last + 1 && !latin && isSiteNounNamedOn(t, tokens[j + 1]);
      if ((isStopToken(t) && !ownName && !eponymName && !siteNamedOn && !stopWordNamesSite(tokens, m.last, j)) || siteBreakerKeys.has(t.key) || positionKeys.has(t.key) || (definiteHead && (rankAt(ctx, j) || isRoleHeadAt(ctx, j)))) break;
      // "معبر زورين سيبقى مغلقا": a verb in the future after the name starts the rest of the sentence.
      if (j > m.last + 1 && !ctx.placeAt[j] && FUTURE_VERB.test(t.key)) break;
      // "مطار الأبيض صباح الأحد": a time of day or a day after the name says when.
      if (j > m.last + 1 && (isCalendarWord(t) || timeOfDayKeys.has(t.key))) break;
      // "القاعدة البحرية بصفاقس", "مستشفى الملك فهد المركزي بجازان": a base, camp, barracks,
      // hospital or hall is named by the town it stands in, printed after ب; the town ends the name.
      if (j > i + 1 && townInSiteName(ctx, i, j)) {
        last = ctx.placeAt[j]!.lastToken;
        break;
      }
      // "ميدان X للتدريب", "ميناء X للمياه العميقة": a word of what the ground is for or of its kind
      // stays in its name (read before the ending ه of "للمياه" is taken for a pronoun).
      const purpose = placeOnlyHead && j > m.last + 1 ? sitePurposeEnd(tokens, j) : -1;
      if (purpose >= 0) {
        last = purpose;
        break;
      }
      // "مقر الوزارة بأبوظبي الفريق …", "مقر الوزارة حضره …": a place after a preposition says where
      // the site is; a verb with a pronoun opens the rest of the sentence.
      // A given name ending in ه after a king's or prince's title ("مركز الملك عبدالله") is the
      // eponym's, no verb with a pronoun.
      // A place whose own name opens with و or ب ("وادي حلفا") is no clitic on it.
      if (j > m.last + 1 && ((ctx.placeAt[j] && !ownName && /^[بو](?!ال)/.test(t.key) && readings(t.key).some((r) => r.cut)) || (/(ه|ها|هم)$/u.test(t.text) && !t.key.startsWith("ال") && !(givenNameKeys.has(t.key) && isEponymTitle(tokens[j - 1]!.key))))) break;
      // "الأكاديمية ومعهد …": "and" before a word starts another name.
      // "مدرسة X بساحة Y": ب on another site's noun after the name says where the site stands.
      // "معسكر X بمقاطعة Y": so does ب on a region's head (the province it lies in, a place of its own).
      const areaHead = j > m.last + 1 ? placeHeadTrie.matchAt(tokens, j, text) : null;
      if ([orgHeadTrie, siteTrie].some((trie) => trie.matchAt(tokens, j, text)?.clitic.startsWith("و")) || (j > m.last + 1 && siteTrie.matchAt(tokens, j, text)?.clitic === "ب") || (areaHead?.clitic === "ب" && areaHead.value === "region")) break;
      // "جزيرة X وشبكات …", "بوابة X وتابع": after the name's first word, a word in و that is no
      // place opens the next conjunct (a listed place in و, "وادي حلفا", is read by the gazetteer).
      if (j > m.last + 1 && !ctx.placeAt[j] && /^و(?!ال)/u.test(t.key) && t.key.length > 3) break;
      // "بالقاهرة", "والوفد": a clitic on a definite word ends the name; "بيت الفلج" does not.
      if (/^(وال|بال|فال)/.test(t.key) && !(ctx.placeAt[j] && j === m.last + 1)) break;
      // "قرب مضيق باب المندب لمكافحة القرصنة": after a noun that names places only, a word with ل
      // says what for; "مركز الملك عبدالله للتصميم" keeps it.
      if (/^(لل|ل)/.test(t.key) && placeOnlyHead && !t.key.startsWith("ال") && !ownName) break;
      // "جزيرة لامبيدوسا الإيطالية": a nationality after the place the site is named by says whose
      // it is ("the Italian island of …"), no word of its name.
      if (ctx.placeAt[j]?.viaDemonym && ctx.placeAt[j - 1] && !ctx.placeAt[j - 1]!.viaDemonym) break;
      // "جزيرة X الإندونيسية", "مطار X العسكري التشادي": after the name of a site that names places
      // only, a nationality says whose the site is, no word of its name.
      if (placeOnlyHead && j > m.last + 1 && ctx.placeAt[j]?.viaDemonym && ctx.placeAt[j]!.kind === "country") break;
      // "مطار جانت تيسكا": an airport's second name after its town.
      if (j > m.last + 1 && airportSecondName(ctx, m.last, j)) {
        last = j;
        continue;
      }
      if (j > m.last + 1 && (opensElativeApposition(tokens, j) || (indefiniteAfterListedTown(ctx, m.last, j) && !secondNameBeforeKind(tokens, j)) || praisesSiteAsHistoric(tokens, m.last, j) || placesSiteAgainstAnother(tokens, m.last, j))) break;
      if (t.key.startsWith("ال") || /^(لل|ل)/.test(t.key) || ctx.placeAt[j]) {
        last = j;
        continue;
      }
      // Up to two proper-name words right after the site noun ("مطار ماركا", "قلعة بيت الفلج");
      // an adjective there makes the phrase indefinite ("مركز جديد لمراقبة الحدود" is no named place).
      // A definite site noun takes no proper name after it ("الأكاديمية مذكرة": the object of the verb).
      // A word with a preposition after the name's definite word starts the rest of the sentence
      // ("ميناء السخنة بقيمة …"); a name there does not ("قاعدة الملك عبدالعزيز").
      // "مقر ولاية بيلاوي": after an area's head the word is the area's name, whatever letter opens it.
      const afterDefinite = j - m.last === 2 && free === 0 && agreeingHeadKey(ctx, m.last, j) === tokens[m.last]!.key;
      // "… لجسر الملك فهد": a given name after a king's or prince's title is the eponym's, however far in.
      if (continuesNasab(tokens, j, last) || opensNasab(tokens, j, last) || ((eponymName || bareEponymName) && last === j - 1)) {
        last = j;
        continue;
      }
      // "مرفأ بيروت جورج …": a given name after the place a site is named by opens a person.
      if (ctx.placeAt[j - 1] && givenNameKeys.has(t.key)) break;
      if (free < 2 && j - m.last <= 2 && (!isSiteAdjective(t.key, agreeingHeadKey(ctx, m.last, j), free) || givenBeforeNisba(tokens, j) || ((placeOnlyHead || tokenReadsAs(tokens[m.last]!, palaceHeadKeys)) && namesSiteInYa(ctx, m.last, j))) && !definiteHead && !(afterDefinite && /^[بلكوف]/.test(t.key) && !isEponymTitle(tokens[j - 1]!.key))) {
        free++;
        last = j;
        continue;
      }
      break;
    }
    // English puts the name first: "Naval Headquarters", "Muwaffaq Salti Air Base".
    let first = i;
    // "Luqa barracks", "Incirlik air base": a lower-case site noun after a proper name (not a nationality).
    if (latin && !tokens[i]!.capital) while (first > i - 2 && !tokens[first]!.lineStart && tokens[first - 1]?.capital && tokens[first - 1]!.kind === "word" && !tokens[first - 1]!.lineStart && !isStopToken(tokens[first - 1]!) && !isCalendarWord(tokens[first - 1]!) && !ctx.placeAt[first - 1]?.viaDemonym) first--;
    if (latin && tokens[i]!.capital) while (first > i - 3 && !tokens[first]!.lineStart && tokens[first - 1]?.capital && tokens[first - 1]!.kind === "word" && !tokens[first - 1]!.lineStart && !isStopToken(tokens[first - 1]!) && !isCalendarWord(tokens[first - 1]!)) first--;
    // "Marten K. Dorvell International Airport": the eponym's given name and initial open the name.
    if (latin && tokens[i]!.capital && first < i) first = eponymInitialStart(tokens, first);
    // "Mrs Dana Shoal Perrin": a name after a form of address is a person's.
    if (latin && tokens[i]!.capital && first < i && addressedBefore(tokens, first)) continue;
    // "the K-B Bridge": a capitalized piece joined by a hyphen to the name's first word is still the name.
    if (latin && tokens[i]!.capital && first < i && tokens[joinedPieceBefore(tokens, first)]?.capital) first = joinedPieceBefore(tokens, first);
    // "the Navy's 13th Main Base": a site's noun counted by an ordinal names a unit of a force.
    if (latin && countedUnit(tokens, first)) continue;
    // "the exercise Iron Bridge 2027": a name with its year after it is an exercise's or a show's.
    if (latin && YEAR.test(tokens[last + 1]?.text ?? "") && !tokens[last + 1]!.lineStart) continue;
    const venue = latin && tokens[i]!.capital && last === m.last ? venueNameStart(tokens, i, m.last) : -1;
    if (venue >= 0) first = venue;
    if (last < 0 || (last === m.last && first === i)) continue;
    // "the Black Sea port of Batumi": the name after "of" is the place; what stands before the
    // lower-case noun only says where it lies.
    if (latin && !tokens[i]!.capital && first < i && tokens[last + 1]?.key === "of" && tokens[last + 2]?.capital) continue;
    // "مبنى المجلس", "مقر القيادة": the seat of a body the text named before, no place of its own.
    // A hall or building of such a body is a room where things happen ("قاعة البلدية في أدري"), named
    // by the town it stands in when one follows.
    // The seat of a firm said again is named by its town ("مقر المؤسسة بالطاهير").
    const firmSeat = !latin && last === m.last + 1 && tokenReadsAs(tokens[i]!, seatKeys) && isFirmSaidAgain(tokens, last) && townOfRoom(ctx, last) > last;
    if (firmSeat) last = townOfRoom(ctx, last);
    else if (!latin && last === m.last + 1 && tokens[last]!.key.startsWith("ال") && (isOrgHeadAt(ctx, last) || tokens[last]!.key === COMMAND_KEY) && !ctx.placeAt[last]) {
      // "في مقر الوزارة", "في مبنى البرلمان": the seat of a body of civil government, where
      // something is held, is a public building of that name (`isPublicSeat`), without its town.
      if (tokenReadsAs(tokens[i]!, seatKeys) && (!isPublicSeat(tokens, m.last) || seatInNamedSite(ctx, last))) {
        i = last;
        continue;
      }
      if (!tokenReadsAs(tokens[i]!, seatKeys)) last = townOfRoom(ctx, last);
    // "مطار X الدولي في Y": an airport's or a port's name is its own (X is a name no list holds), and
    // the town after في only says where it is.
    } else if (!latin && !placeOnlyHead && namedByCommonWordsOnly(ctx, m.last, last)) last = townAfterFi(ctx, last);
    // "في قاعة المؤتمرات بمكتبة الإسكندرية": a room named by a common noun, in a named building
    // after ب, is placed by that building.
    if (!latin && last === m.last + 1 && roomOfBuilding(ctx, last)) {
      i = last;
      continue;
    }
    const start = tokens[first]!.start;
    const siteStart = first < i ? start : m.start;
    out.push({ first, last, start: siteStart, end: tokens[last]!.end, surface: (first < i ? text.slice(start, m.start) : "") + m.surface + text.slice(m.end, tokens[last]!.end), placeOnly: placeOnlyHead, venue: venue >= 0 || (building >= 0 && isEdifice(ctx, m.last)) });
    // The body's name inside a building's may hold a site of its own ("مبنى إدارة منفذ X"): read on.
    // "مقر قيادة قاعدة X": a seat whose name stops on a site's noun: read that site on, to extend the seat.
    i = building >= 0 ? m.last : !latin && last > m.last && siteHeadEndsAt(ctx, last, last) ? last - 1 : last;
  }
  extendBuildingsOverSites(out, text);
  // "محطة الحاويات بميناء X": a part of a site, named by the site it stands in; both are places.
  out.push(...findPartsOfSites(tokens, text, out));
  out.sort((a, b) => a.first - b.first);
  // "المسرح الجنوبي": one of a site's venues named by its compass point; "في القصر الرئاسي": a ruler's seat.
  // "حقل X النفطي": an oil or gas field, named by its yield's adjective; "خزان X": a dam, by its town.
  // "المؤسسة العمومية الاستشفائية بX": a public hospital named by its form and its town.
  // "المركز الحدودي X": a border post named by its kind and the place it stands at.
  // "the El Wak–Kotulo road": a road named by the two places it links; "Praça Nova": a Romance square.
  const more = [
    ...findCompassNamedSites(tokens, text),
    ...findPalaceSites(tokens, text),
    ...findResourceFieldSites(tokens, text),
    ...findReservoirSites(ctx),
    ...findHospitalInstitutions(ctx),
    ...findDefiniteSitesInTown(ctx),
    ...findZoneNames(ctx),
    ...findBorderPostNames(ctx),
    ...findLinkingRoads(tokens, text, (k) => ctx.placeAt[k]?.iso2 ?? null),
    ...findRomanceStreetNames(tokens, text),
    ...findShoreEstablishments(tokens, text),
  ].filter((s) => !out.some((o) => o.first <= s.last && s.first <= o.last));
  // "at the Presidential Secretariat": a building where the text places an occasion, read whole.
  // "at the immigration building of the X border crossing": one named by common words, tied to a name.
  const atVenues = findEnglishAtVenues(tokens, text);
  const venues = [...atVenues, ...findEnglishCommonVenues(tokens, text).filter((c) => !atVenues.some((v) => v.first <= c.last && c.first <= v.last))];
  const kept = venues.length ? out.filter((o) => !venues.some((v) => v.first <= o.last && o.first <= v.last)) : out;
  // "the Lao Bao border gate", "the Kipevu berth": a crossing or a works after its own name.
  const facilities = findEnglishNamedFacilities(ctx).filter((f) => ![...out, ...more, ...venues].some((o) => o.first <= f.last && f.first <= o.last));
  const added = [...more, ...venues, ...facilities];
  return added.length ? [...kept, ...added].sort((a, b) => a.first - b.first) : out;
}

// "1.1 billion U.S. dollars", "Singapore dollars": a state's name before its money's names the currency.
const CURRENCY_WORDS = new Set(["dollar", "dollars", "cents"]);

function namesCurrency(ctx: Ctx, p: PlaceHit): boolean {
  const next = ctx.doc.tokens[p.lastToken + 1];
  return (!!next && !next.arabic && CURRENCY_WORDS.has(next.key) && !next.lineStart) || prefixesDollarSign(ctx.doc.tokens, p);
}

/**
 * "a US$62 million loan", "NZ$4m": a state's letters with the dollar sign written on them are the
 * currency's symbol, no place nor state of the story (read out of the place hits at the source).
 */
export function prefixesDollarSign(tokens: readonly Token[], p: PlaceHit): boolean {
  const sign = tokens[p.lastToken + 1];
  return !!sign && sign.text === "$" && sign.start === tokens[p.lastToken]!.end && !tokens[p.firstToken]!.arabic;
}

export function readLocations(ctx: Ctx, places: PlaceHit[], sites: SiteMention[], home: string | null, exclude: (first: number, last: number) => boolean, titleEnd = 0): LocationRead[] {
  const byId = new Map<string, LocationRead>();
  // A town printed alone elsewhere too is the place the text means ("ولاية الدقم … في الدقم").
  // A name a site's rules read whole ("landed at RAAF Base X") is that site, no town as well.
  const headed = [...findHeadedPlaces(ctx), ...findEnglishUnlistedPlaces(ctx), ...findEnglishListedPlaces(ctx), ...findEnglishVillageNames(ctx), ...findArabicWherePlaces(ctx), ...findPluralHeadPlaces(ctx), ...findArabicDescribedTowns(ctx), ...findNumberedDistricts(ctx.doc.tokens, ctx.doc.text), ...findCapes(ctx), ...findEnglishStateNames(ctx), ...findCompassNamedAreas(ctx)].filter((h) => !sites.some((s) => s.first === h.first && s.last === h.last)).filter((h) => !h.town || governorateBesideTown(ctx.doc.tokens, h.first) || !places.some((p) => p.id === ctx.placeAt[h.last]!.id && p.lastToken !== h.last));
  const areaOfTown = new Set(headed.filter((h) => h.town).map((h) => h.last));
  // "جزيرة كريت" is listed in the gazetteer with its head: the island, not a second site.
  // "جزيرة مالطا": an island state printed with its head is the state.
  const islandStates = new Map(sites.filter((s) => readsAs(ctx.doc.tokens[s.first]!.key, islandKeys)).flatMap((s) => {
    const state = places.find((p) => p.kind === "country" && !p.viaDemonym && p.firstToken === s.first + 1 && p.lastToken === s.last);
    return state ? [[s, state.id] as const] : [];
  }));
  // "مركز تدريب الطيارين": a centre named by its work is a body's facility; it still bounds names.
  const listedSites = sites.filter((s) => !exclude(s.first, s.last) && !places.some((p) => !p.viaDemonym && p.firstToken === s.first && p.lastToken === s.last) && !isWorkNamedCentre(ctx.doc.tokens, s.first) && !isSeatOfArea(ctx.doc.tokens, s.first) && !islandStates.has(s));
  // English puts the town first ("Nadi International Airport"), Arabic after the noun (مطار عدن);
  // a lower-case noun after the town ("bound for X port") leaves the town the place meant.
  const opensEnglishSite = (x: { firstToken: number; lastToken: number }, s: SiteMention) => s.first === x.firstToken && x.lastToken < s.last && !ctx.doc.tokens[s.first]!.arabic && !!ctx.doc.tokens[s.last]!.capital;
  const insideSiteName = (x: { firstToken: number; lastToken: number }) => listedSites.some((s) => s.placeOnly && ((s.first < x.firstToken && x.lastToken <= s.last) || opensEnglishSite(x, s)));
  const ownedPlaces = headed.filter((h) => h.ownsPlace && !exclude(h.first, h.last));
  // "the San Miguel and Putumayo rivers": a listed town or province named as a river is the river.
  const rivers = riverListItems(ctx);
  const writesTaa = writesTaaMarbuta(ctx.doc.text);
  for (const p of places) {
    // "Sulawesi Sea": the region names the sea and is no place of its own there; nor is Porto in
    // "Vila do Porto".
    if (ownedPlaces.some((h) => h.first <= p.firstToken && p.lastToken <= h.last && (p.lastToken < h.last || h.first < p.firstToken))) continue;
    if (p.viaDemonym || exclude(p.firstToken, p.lastToken) || inCompetitionName(ctx, p) || areaOfTown.has(p.lastToken) || namesCurrency(ctx, p) || isStateNameAsNisba(ctx, p) || isAttributiveState(ctx, p, titleEnd) || isAttributiveRegion(ctx, p) || isVesselNamedAfterPlace(ctx.doc.tokens, p.firstToken) || isQuotedAlone(ctx.doc.tokens, p.firstToken, p.lastToken) || isPlaceInPersonName(ctx, p)) continue;
    // A place inside a site name is still a place ("مطار عدن الدولي" names عدن), but a region that
    // is the whole name after the site's noun is that site ("مضيق باب المندب" is باب المندب).
    if (p.kind === "region" && sites.some((s) => s.first + 1 === p.firstToken && s.last === p.lastToken)) continue;
    // English puts that name first: a region that opens a site's name and is all of it but the
    // site's noun ("Mekong Delta", "Bolaven Plateau") is that site.
    if (p.kind === "region" && !ctx.doc.tokens[p.firstToken]!.arabic && sites.some((s) => s.first === p.firstToken && s.last > p.lastToken && siteHeadEndsAt(ctx, p.lastToken + 1, s.last))) continue;
    // "قبالة ميناء نشطون": a town printed only as the name of its port, airport or crossing is the
    // site's name there; it is listed when the text prints the town elsewhere too (even where the
    // gazetteer does not read it, as a homonym with no cue: "مطار الأبيض … في الأبيض"); a person's
    // name printed with the same word is no such mention.
    // So is a listed area printed only as a zone's name ("منطقة مصفح الصناعية").
    if ((p.kind === "city" || (p.kind === "region" && listedSites.some((s) => s.first === p.firstToken - 1 && opensWithAreaNoun(ctx.doc.tokens, s.first)))) && insideSiteName(p) && !printedOutsideSiteNames(ctx.doc.tokens, p, (x) => insideSiteName(x) || exclude(x.firstToken, x.lastToken))) continue;
    // "أمام زواره": its visitors, not Zuwara (زوارة), where the article writes ة. (Read here, not in
    // the gazetteer, whose hits are the tagger's features.)
    if (p.firstToken === p.lastToken && isHaForTaaMarbuta(p.name, p.surface, writesTaa)) continue;
    // "Changi Naval Base … berthed at Changi": the town said only as the base's name.
    if (p.kind === "city" && isTownOnlyOfMooredSite(ctx.doc.tokens, p.firstToken, p.lastToken, listedSites)) continue;
    const compass = compassNamedRegion(ctx.doc.tokens, p) ?? compassPartOfState(ctx.doc.tokens, p);
    const river = rivers.some((r) => r.first === p.firstToken && r.last === p.lastToken);
    // "روصو السنغالية": the town of the name across the border, a place of its own.
    const twin = compass || river ? null : twinTownState(ctx, p);
    // "East Greenland" and "West Greenland" are two parts of one state.
    const id = compass ? `${p.id}:compass${ctx.doc.tokens[p.firstToken]!.arabic ? "" : `:${ctx.doc.tokens[compass.first]!.key}`}` : river ? `${p.id}:river` : twin ? `${p.id}:${twin.iso2}` : p.id;
    let loc = byId.get(id);
    if (!loc) {
      const row = placeStateOfRow(p.id, p.kind, p.iso2);
      loc = { name: p.surface, kind: (compass && p.kind === "country") || river ? "region" : row.kind, country: river ? null : (twin?.iso2 ?? row.country), lat: compass || twin ? null : p.lat, lon: compass || twin ? null : p.lon, mentions: [], spans: [], id };
      byId.set(id, loc);
    }
    const city = cityWordAfter(ctx.doc.tokens, p);
    const first = compass?.first ?? p.firstToken;
    const last = compass?.last ?? twin?.last ?? (city < 0 ? p.lastToken : city);
    // The hit's own start leaves out a proclitic ("وجاوة"). After لل the hit's surface is the name
    // with its article restored ("للعراق" → "العراق"), so the text is read only when a compass word
    // or "City" extends it.
    const start = first < p.firstToken ? ctx.doc.tokens[first]!.start : p.start;
    const end = last > p.lastToken ? ctx.doc.tokens[last]!.end : p.end;
    const extended = first !== p.firstToken || last !== p.lastToken;
    loc.mentions.push({ start, end, surface: extended ? ctx.doc.text.slice(start, end) : p.surface });
    loc.spans.push({ first, last });
  }
  // The headline names states loosely ("أمريكا"); the body's form is the one listed.
  for (const loc of byId.values()) {
    const body = loc.mentions.filter((m) => m.start >= titleEnd).map((m) => m.surface);
    loc.name = preferredName(body.length ? body : loc.mentions.map((m) => m.surface));
  }
  for (const [s, id] of islandStates) byId.get(id)?.mentions.push({ start: s.start, end: s.end, surface: s.surface });
  // "بمقر ولاية جندوبة": the area named after its town only inside a site's name is the site's;
  // the town stays the place.
  // "منطقة X الصناعية": the area read from the site's own first words is that site, no place apart.
  // "at HMAS Stirling … berthed at Stirling": an English name printed elsewhere as the end of a
  // site's name after its prefix is that site said again, no town of its own.
  // A site named in lower case with the town ("the naval base at X") leaves the town a place.
  const capitalized = (s: SiteMention) => ctx.doc.tokens.slice(s.first, s.last + 1).every((t) => t.kind !== "word" || (t.capital && !t.arabic));
  const endsSiteName = (h: HeadedPlace) => !ctx.doc.tokens[h.first]!.arabic && listedSites.some((s) => s.surface.endsWith(` ${h.name}`) && s.first !== h.first && capitalized(s));
  addHeadedPlaces(ctx, headed.filter((h) => !endsSiteName(h) && !isTownOnlyOfMooredSite(ctx.doc.tokens, h.first, h.last, listedSites) && (!h.town || !listedSites.some((s) => s.first < h.first && h.last <= s.last)) && !listedSites.some((s) => s.first === h.first && h.last < s.last && opensWithAreaNoun(ctx.doc.tokens, s.first))), byId, home, exclude);
  for (const s of listedSites) {
    // "معبر الكرامة الحدودي … معبر الكرامة": one site, printed with its adjective or without it.
    // "the X border post … the X checkpoint": one crossing, named by any of its kinds.
    const id = `site:${crossingKey(s.surface) ?? matchKey(s.listedAs ?? withoutSiteAdjective(s.surface) ?? withoutPortAdjective(s.surface))}`;
    let loc = byId.get(id);
    if (!loc) {
      let country: string | null = null;
      for (let k = s.first; k <= s.last && !country; k++) country = ctx.placeAt[k]?.iso2 ?? null;
      // The city or country printed right after the site ("بمقر … بالقاهرة").
      country ??= stateRightAfterSite(ctx, s.first, s.last, home);
      // "مضيق باب المندب", "Second Thomas Shoal": a water between states takes none from around it.
      // "the X international bridge", "جسر X": a bridge joins two banks, most often two states.
      if (namesSharedWater(s.surface) || namesBridge(s.surface) || s.crossesBorder) country = null;
      else country ??= (s.placeOnly ? stateOfRulerNamingSite(s.surface) : null) ?? home;
      loc = { name: s.surface, kind: "site", country, lat: null, lon: null, mentions: [], spans: [], id };
      byId.set(id, loc);
    }
    // "منفذ X غربي محافظة Y": where the text says a crossing stands, any of its mentions, it stands there.
    loc.country = crossingStandsIn(ctx, s) ?? loc.country;
    // Listed under its full form, adjective and all; a crossing by its name alone ("معبر X"), for
    // "الحدودي" or "البري" after it only says again what "معبر" says.
    if (s.listedAs) loc.name = s.listedAs;
    else if (crossingKeys.has(matchKey(s.surface.split(/\s+/u)[0]!))) loc.name = withoutCrossingAdjective(s.surface);
    // "ميناء X التجاري": a port by its noun and name alone.
    else if (withoutPortAdjective(s.surface) !== s.surface) loc.name = withoutPortAdjective(s.surface);
    else if (s.surface.length > loc.name.length) loc.name = s.surface;
    loc.mentions.push({ start: s.start, end: s.end, surface: s.surface });
    loc.spans.push({ first: s.first, last: s.last });
  }
  return [...byId.values()];
}

/** Whether the words of `p` are printed, with or without a proclitic, somewhere `inside` does not cover. */
function printedOutsideSiteNames(tokens: readonly Token[], p: PlaceHit, inside: (x: { firstToken: number; lastToken: number }) => boolean): boolean {
  const words = p.surface.split(/\s+/).map((w) => wordKey(w));
  const n = p.lastToken - p.firstToken;
  if (words.length !== n + 1) return true;
  // Every token of the article is asked: the readings kept on it, not a look-up per token.
  const firstWord = new Set([words[0]!]);
  for (let k = 0; k + n < tokens.length; k++) {
    if (k === p.firstToken || !tokenReadsAs(tokens[k]!, firstWord)) continue;
    if (words.slice(1).every((w, i) => tokens[k + 1 + i]!.key === w) && !inside({ firstToken: k, lastToken: k + n })) return true;
  }
  return false;
}

function addHeadedPlaces(ctx: Ctx, headed: HeadedPlace[], byId: Map<string, LocationRead>, home: string | null, exclude: (first: number, last: number) => boolean): void {
  const { tokens } = ctx.doc;
  const areaOfTown = new Set<string>();
  for (const h of headed) {
    if (exclude(h.first, h.last)) continue;
    const id = `named:${matchKey(h.name)}`;
    let loc = byId.get(id);
    if (!loc) {
      // Listed as printed, head and all ("محافظة الوسطى"): the head says what kind of place it is;
      // a town or village is listed by its bare name ("بلدة إنغال" is إنغال).
      const headKey = matchKey(h.headed.split(/\s+/)[0]!);
      const bare = outsideNameHeadKeys.has(headKey);
      // "نهر موي", "Chobe River": a river no row lists often makes a border; it takes no state.
      const water = !h.town && (h.water || namesSharedWater(h.headed));
      const country = h.town ? (ctx.placeAt[h.last]!.iso2 ?? home) : water ? null : h.listedState ?? (printedStateOf(ctx, h.first, h.last) ?? h.townState ?? nearestState(ctx, h.first, h.last, home) ?? (h.nearby ? null : home));
      loc = { name: bare ? h.name : h.headed, kind: campHeadKeys.has(headKey) ? "site" : h.kind, country, lat: null, lon: null, mentions: [], spans: [], id };
      byId.set(id, loc);
    }
    if (h.town) areaOfTown.add(id);
    loc.mentions.push({ start: h.start, end: h.end, surface: h.surface });
    loc.spans.push({ first: h.first, last: h.last });
  }
  // The same name printed later without its head ("… في الأنبار").
  const bareKey = (l: LocationRead) => l.id.slice("named:".length);
  // A town printed alone is the town, not the area named after it.
  const named = [...byId.values()].filter((l) => l.id.startsWith("named:") && !areaOfTown.has(l.id) && !bareKey(l).includes(" ") && bareKey(l).length >= 4);
  if (!named.length) return;
  const keyOf = new Map(named.map((l) => [bareKey(l), l]));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || exclude(k, k)) continue;
    const r = readings(t.key).find((x) => keyOf.has(x.key));
    if (!r) continue;
    const loc = keyOf.get(r.key)!;
    if (loc.spans.some((s) => k >= s.first && k <= s.last)) continue;
    const start = t.start + (r.cut ? rawOffsetAfterLetters(t.text, r.cut) : 0);
    loc.mentions.push({ start, end: t.end, surface: ctx.doc.text.slice(start, t.end) });
    loc.spans.push({ first: k, last: k });
  }
  for (const l of named) {
    l.mentions.sort((a, b) => a.start - b.start);
    // "arrived at Korvik" … "Korvik, Western Province (AGENCY)": the state printed by any mention.
    if (!namesSharedWater(l.name)) l.country = printedStateOfAny(ctx, l.spans) ?? l.country;
  }
}

// "معبر الكرامة الحدودي", "مطار ماركا العسكري", "معبر X البري": the adjective of what a site serves, with which it
// is printed or not. (A port's trade or water, "ميناء X التجاري", is left out of its name by port-names.ts.)
const siteAdjectiveKeys = new Set(["الحدودي", "الحدودية", "الدولي", "الدولية", "العسكري", "العسكرية", "البحري", "البحرية", "الجوي", "الجوية", "البري", "البرية"].map((w) => matchKey(w)));

const crossingKeys = new Set([matchKey("معبر")]);
const crossingAdjectiveKeys = new Set(["الحدودي", "البري"].map((w) => matchKey(w)));
/** "معبر X الحدودي" → "معبر X": the adjective of a crossing's kind left out. */
const withoutCrossingAdjective = (name: string): string => {
  const words = name.split(/\s+/u);
  return words.length > 2 && crossingAdjectiveKeys.has(matchKey(words.at(-1)!)) ? words.slice(0, -1).join(" ") : name;
};

// "the X international bridge … at X bridge": English puts the adjective before the site's noun.
const englishSiteAdjectives = new Set(["international", "border"]);

/**
 * A site's name without the adjective it ends with ("معبر الكرامة" of "معبر الكرامة الحدودي"), or,
 * in English, the one in lower case before its noun ("Rumichaca bridge" of "Rumichaca international
 * bridge"), or null.
 */
export function withoutSiteAdjective(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length <= 2) return null;
  if (siteAdjectiveKeys.has(matchKey(words.at(-1)!))) return words.slice(0, -1).join(" ");
  return englishSiteAdjectives.has(words.at(-2)!) ? [...words.slice(0, -2), words.at(-1)!].join(" ") : null;
}

/** The printed form to list: the shortest form without a state-form word, else the shortest. */
/** A Latin name printed in capitals, as English datelines print the city ("BEIJING, Jan. 5"). */
export const SHOUTED = /^[^a-z]*[A-Z][^a-z]*$/;
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** "U.S.", "UAE": letters of an abbreviation are capitals by spelling, not by typography. */
const isAbbreviation = (s: string) => s.includes(".") || s.replace(/[^A-Za-z]/g, "").length <= 3;

export function preferredName(surfaces: string[]): string {
  // The capitals of a dateline are typography, not the name: prefer how the text writes it elsewhere.
  const written = surfaces.filter((s) => !SHOUTED.test(s));
  surfaces = written.length ? written : surfaces.map((s) => (isAbbreviation(s) ? s : titleCase(s)));
  const plain = surfaces.filter((s) => !STATE_FORMS.test(s));
  const pool = plain.length ? plain : surfaces.map((s) => s.replace(STATE_FORMS, ""));
  const counts = new Map<string, number>();
  for (const s of pool) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0].length - b[0].length || b[1] - a[1])[0]?.[0] ?? surfaces[0] ?? "";
}

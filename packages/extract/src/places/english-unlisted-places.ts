import placeRules from "../rules/places.json";
import rules from "../rules/travel.json";
import type { HeadedPlace } from "./locations";
import type { Ctx } from "../persons/anchor-spans";
import { isOrgHeadAt, isRoleHeadAt } from "../persons/head-lookups";
import { rankAt } from "../persons/ranks";
import { isCalendarWord, isStopToken } from "../persons/vocabulary";
import { PhraseTrie } from "../text/phrase-trie";
import { isTravelDestination } from "./travel-destination";
import { endsInPlaceHead, isNearbyPlace } from "./near-places";
import { isCuedTown } from "./english-cued-towns";
import { appositiveNearState, isBareTown, printedLongerElsewhere, readsAsTownOnly } from "./english-bare-towns";
import { PHRASE_ENDERS } from "./printed-state";
import { ROMANCE_OF } from "../text/romance-particles";
import { isPossessiveS } from "../text/english-marks";
import { worldTownAt, worldTownStateOfCued } from "./english-world-towns";

/*
 * Places of English news that no list holds, read from how the sentence names them: a capitalized
 * name between "the" and a lower-case noun of an area ("the Batken region", "the Khor Abdullah
 * waterway"), the capitalized name a journey goes to ("flew to Mandera", "headed for Tawau"), and
 * the one a works stands in ("the company's main plant in Haddow", "a shipyard in Korvik"), and
 * the one a happening is placed near ("a crossing near Korvik", "volunteers in Haddow, where").
 * Wires file from small towns no gazetteer lists; the sentence itself says they are places.
 */

const areaNounTrie = new PhraseTrie<true>(rules.areaNouns.en.map((w) => [w, true] as const), { clitics: false });
const MAX_NAME_WORDS = 3;
// "the Batken region", "its Savanes region": the article or a possessive before the name.
const AREA_DETERMINERS = new Set(["the", "its", "their"]);
const facilityNouns = new Set(placeRules.facilityNounsBeforeTown.en);
const arrivalWords = new PhraseTrie<true>(placeRules.arrivalBeforeTown.at.map((w) => [w, true] as const), { clitics: false });
const setOutWords = new PhraseTrie<true>(placeRules.arrivalBeforeTown.from.map((w) => [w, true] as const), { clitics: false });

/** "arrived at Korvik", "sailed from Haddow": the name at `k` is the town arrived at or left. */
function arrivedOrLeft(ctx: Ctx, k: number): boolean {
  const { tokens, text } = ctx.doc;
  const prep = tokens[k - 1]!.key;
  const words = prep === "at" || prep === "in" ? arrivalWords : prep === "from" ? setOutWords : null;
  if (!words) return false;
  for (let j = k - 2; j >= k - 3 && j >= 0; j--) {
    const m = words.matchAt(tokens, j, text);
    if (m && m.last === k - 2) return true;
  }
  return false;
}

/** A capitalized word that may be part of an unknown place's name. */
export function nameWord(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.kind !== "word" || t.arabic || !t.capital || t.lineStart || ctx.placeAt[k]) return false;
  return !isStopToken(t) && !isCalendarWord(t) && !rankAt(ctx, k) && !isRoleHeadAt(ctx, k) && !isOrgHeadAt(ctx, k);
}

/**
 * The last token of an unlisted name opening at `i`: up to three capitalized words, and a particle
 * between two of them; the word after a particle may be a listed place ("Vila do Porto").
 */
function unlistedNameEnd(ctx: Ctx, i: number): number {
  const { tokens } = ctx.doc;
  let last = i;
  for (let words = 1; words < MAX_NAME_WORDS; words++) {
    if (nameWord(ctx, last + 1)) last++;
    else if (ROMANCE_OF.has(tokens[last + 1]?.text ?? "") && (nameWord(ctx, last + 2) || (tokens[last + 2]?.capital && ctx.placeAt[last + 2]?.firstToken === last + 2))) last += 2;
    else break;
  }
  return last;
}

/**
 * "anchored off Kelbori": a coast at sea off which something lies ("off Monday" is no such name).
 * A name with a capitalized word or a place's noun after it ("off X island"), or printed elsewhere before another capitalized word
 * ("off X" in the headline, "X Point" in the body), is read whole by the rules of named sites and areas.
 */
function isOffCoast(ctx: Ctx, k: number, last: number): boolean {
  const { tokens } = ctx.doc;
  if (tokens[k - 1]!.key !== "off" || tokens[k - 1]!.lineStart) return false;
  if ((tokens[last + 1]?.capital && !tokens[last + 1]!.lineStart) || endsInPlaceHead(tokens, last + 1)) return false;
  return !printedLongerElsewhere(ctx, last);
}

// Prepositions of place before a pair of towns.
const PAIR_PREPOSITIONS = new Set(["in", "at", "from", "near", "between", "to", "around"]);

/** The listed town at `k`, first token and all, or null. */
function listedTownAt(ctx: Ctx, k: number) {
  const p = ctx.placeAt[k];
  return p && p.kind === "city" && !p.viaDemonym && !ctx.doc.tokens[k]!.lineStart ? p : null;
}

/**
 * "in Korvik and Gao", "between Gao and Korvik": a name joined by "and" to a listed town after a
 * preposition of place is named as a town alongside it (a person or a body is not paired so).
 */
function pairedWithListedTown(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  if (PAIR_PREPOSITIONS.has(tokens[first - 1]!.key) && tokens[last + 1]?.key === "and") {
    const town = listedTownAt(ctx, last + 2);
    const after = town ? tokens[town.lastToken + 1] : undefined;
    // "in Korvik and Gao Airport": the listed town opens a site's name.
    return !!town && town.firstToken === last + 2 && !(after?.capital && !after.lineStart);
  }
  if (tokens[first - 1]!.key !== "and") return false;
  const town = listedTownAt(ctx, first - 2);
  const prep = tokens[(town?.firstToken ?? 0) - 1]?.key ?? "";
  if (!town || town.lastToken !== first - 2 || !PAIR_PREPOSITIONS.has(prep)) return false;
  // "talks in Gao and Korvik on Monday", not "in Gao and Smith said": the phrase ends with the
  // name, unless "between" asks for the pair.
  const next = tokens[last + 1];
  if (prep === "between") return true;
  return !next || next.lineStart || (next.kind === "punct" && next.text !== "'" && next.text !== "’") || PHRASE_ENDERS.has(next.key);
}

/** "Guyana's Rupununi savannah": a state's possessive before the name, as an article would be. */
function afterStatePossessive(ctx: Ctx, first: number): boolean {
  const { tokens } = ctx.doc;
  if (!isPossessiveS(tokens, first - 1)) return false;
  const p = ctx.placeAt[first - 3];
  return !!p && p.kind === "country" && !p.viaDemonym && p.lastToken === first - 3;
}

// "districts", "provinces", "counties": the plural of an area's noun of one word.
const PLURAL_AREA_NOUNS = new Set(rules.areaNouns.en.filter((w) => !w.includes(" ")).map((w) => (/[^aeiou]y$/u.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`)));

/**
 * "the Senanga and Sesheke districts", "in Koro and Tavi provinces": the unlisted names of the
 * pair before the plural noun at `noun` are areas of that kind (a listed one is the gazetteer's);
 * a town of the world's dataset lends its state, as a district is named after its seat.
 */
function pairedAreas(ctx: Ctx, noun: number): HeadedPlace[] {
  const { tokens } = ctx.doc;
  const runBack = (last: number) => {
    let first = last + 1;
    while (first > last + 1 - MAX_NAME_WORDS && nameWord(ctx, first - 1)) first--;
    return first;
  };
  const secondFirst = runBack(noun - 1);
  const and = secondFirst - 1;
  const secondListed = ctx.placeAt[noun - 1]?.lastToken === noun - 1;
  if (tokens[and]?.key !== "and" && !(secondListed && tokens[ctx.placeAt[noun - 1]!.firstToken - 1]?.key === "and")) return [];
  const andAt = secondFirst <= noun - 1 ? and : ctx.placeAt[noun - 1]!.firstToken - 1;
  const firstFirst = runBack(andAt - 1);
  const areas: [number, number][] = [];
  if (firstFirst <= andAt - 1) areas.push([firstFirst, andAt - 1]);
  if (secondFirst <= noun - 1) areas.push([secondFirst, noun - 1]);
  // Both names must be read as the pair: a listed name or an unlisted one on each side.
  const pairedWith = (k: number) => nameWord(ctx, k) || ctx.placeAt[k]?.lastToken === k;
  if (!pairedWith(andAt - 1) || !pairedWith(noun - 1)) return [];
  return areas.map(([first, last]) => {
    const townState = worldTownStateOfCued(ctx, first, last);
    return townState ? { ...place(ctx, first, last, "region"), townState } : place(ctx, first, last, "region");
  });
}

export function place(ctx: Ctx, first: number, last: number, kind: HeadedPlace["kind"]): HeadedPlace {
  const { tokens, text } = ctx.doc;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const name = text.slice(start, end);
  return { first, last, start, end, surface: name, name, headed: name, kind };
}

export function findEnglishUnlistedPlaces(ctx: Ctx): HeadedPlace[] {
  const { tokens, text } = ctx.doc;
  const out: HeadedPlace[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.arabic || t.kind !== "word") continue;
    // "the Batken region": the name runs back from the area noun to "the".
    if (!t.capital) {
      // "covering Senanga and Sesheke districts": two names joined by "and" before an area's noun in the plural.
      if (PLURAL_AREA_NOUNS.has(t.key) && !t.lineStart) {
        out.push(...pairedAreas(ctx, i));
        continue;
      }
      const noun = areaNounTrie.matchAt(tokens, i, text);
      if (!noun) continue;
      let first = i;
      while (first > i - MAX_NAME_WORDS && nameWord(ctx, first - 1)) first--;
      if (first < i && (AREA_DETERMINERS.has(tokens[first - 1]?.key ?? "") || afterStatePossessive(ctx, first))) out.push(place(ctx, first, i - 1, "region"));
      i = noun.last;
      continue;
    }
    // "flew to Mandera": a destination after a verb of going and its preposition; "its plant in
    // Haddow": the town a works stands in.
    const facilityTown = tokens[i - 1]!.key === "in" && facilityNouns.has(tokens[i - 2]?.key ?? "");
    if (!nameWord(ctx, i)) continue;
    const last = unlistedNameEnd(ctx, i);
    const nearby = isNearbyPlace(tokens, i, last);
    const reached = !tokens[i]!.lineStart && arrivedOrLeft(ctx, i);
    // "Kelbori, a border town in …", "in Kelbori, Kenya,": the words after the name say it is a town.
    const cued = isCuedTown(ctx, i, last);
    // "off Kelbori": a place at sea off its coast.
    const offCoast = isOffCoast(ctx, i, last);
    // "in Korvik and Gao", "between Gao and Korvik": a name paired with a listed town is a town.
    const paired = pairedWithListedTown(ctx, i, last);
    // "an outpost at Korvik", "stationed in Haddow": a post or a stationing before "in"/"at".
    const bare = isBareTown(ctx, i, last);
    const cuedHere = facilityTown || nearby || reached || cued || offCoast || paired || bare;
    // "a helicopter from Lajes": a town of the world's dataset where a town stands.
    const worldState = cuedHere ? null : worldTownAt(ctx, i, last);
    if (!worldState && tokens[i - 1]!.key !== "to" && tokens[i - 1]!.key !== "for" && !cuedHere) continue;
    if (!(cuedHere || worldState || isTravelDestination(tokens, i))) continue;
    // "docked at Kelbori Port": a name closed by a site's or an area's noun is read with that noun.
    if (endsInPlaceHead(tokens, last)) continue;
    // "went to Harvard University": the name opens a body's.
    if (isOrgHeadAt(ctx, last + 1)) continue;
    // "at Korvik, near Gao": placed near a listed town, in its state.
    const near = bare ? appositiveNearState(ctx, last) : undefined;
    // A town a border clash is placed near may lie on either side: the dateline's state is no guess.
    const state = near ?? worldState ?? undefined;
    // "a wing opened at X Hospital in Mongu": a cued town the world's dataset knows lies in its state.
    const townState = state || !cuedHere ? null : worldTownStateOfCued(ctx, i, last);
    const found = nearby && tokens[i - 1]!.key !== "in" && tokens[i - 1]!.key !== "at" ? { ...place(ctx, i, last, "city"), nearby } : state ? { ...place(ctx, i, last, "city"), listedState: state } : townState ? { ...place(ctx, i, last, "city"), townState } : place(ctx, i, last, "city");
    // "Vila do Porto" holds a listed town's name (Porto), which is no place of its own there.
    out.push(ctx.placeAt[last] ? { ...found, ownsPlace: true } : found);
    // "markets at Korvik and Tasvik": an unlisted name joined by "and" to a bare town is one too.
    if (bare && tokens[last + 1]?.key === "and" && nameWord(ctx, last + 2)) {
      const second = unlistedNameEnd(ctx, last + 2);
      if (readsAsTownOnly(ctx, last + 2, second)) {
        out.push(place(ctx, last + 2, second, "city"));
        i = second;
        continue;
      }
    }
    i = last;
  }
  return out;
}

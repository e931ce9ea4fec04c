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
      const noun = areaNounTrie.matchAt(tokens, i, text);
      if (!noun) continue;
      let first = i;
      while (first > i - MAX_NAME_WORDS && nameWord(ctx, first - 1)) first--;
      if (first < i && tokens[first - 1]?.key === "the") out.push(place(ctx, first, i - 1, "region"));
      i = noun.last;
      continue;
    }
    // "flew to Mandera": a destination after a verb of going and its preposition; "its plant in
    // Haddow": the town a works stands in.
    const facilityTown = tokens[i - 1]!.key === "in" && facilityNouns.has(tokens[i - 2]?.key ?? "");
    if (!nameWord(ctx, i)) continue;
    let last = i;
    while (last < i + MAX_NAME_WORDS - 1 && nameWord(ctx, last + 1)) last++;
    const nearby = isNearbyPlace(tokens, i, last);
    const reached = !tokens[i]!.lineStart && arrivedOrLeft(ctx, i);
    // "Kelbori, a border town in …", "in Kelbori, Kenya,": the words after the name say it is a town.
    const cued = isCuedTown(ctx, i, last);
    if (tokens[i - 1]!.key !== "to" && tokens[i - 1]!.key !== "for" && !facilityTown && !nearby && !reached && !cued) continue;
    if (!(facilityTown || nearby || reached || cued || isTravelDestination(tokens, i))) continue;
    // "docked at Kelbori Port": a name closed by a site's or an area's noun is read with that noun.
    if (endsInPlaceHead(tokens, last)) continue;
    // "went to Harvard University": the name opens a body's.
    if (isOrgHeadAt(ctx, last + 1)) continue;
    // A town a border clash is placed near may lie on either side: the dateline's state is no guess.
    out.push(nearby && tokens[i - 1]!.key !== "in" && tokens[i - 1]!.key !== "at" ? { ...place(ctx, i, last, "city"), nearby } : place(ctx, i, last, "city"));
    i = last;
  }
  return out;
}

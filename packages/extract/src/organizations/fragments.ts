import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { matchKey } from "../text/normalize";
import { readsAs, tokenReadsAs } from "../text/tokens";
import { CLOSING_QUOTES, OPENING_QUOTES } from "../text/quotes";
import { isPlaceNounSaidAgain } from "../places/place-noun-said-again";

/**
 * Phrases the tagger reads as bodies that say where or when something happens: a place with a
 * word that places something relative to it ("سواحل وهران", "غربي ريو"), a time ("للسنة
 * الجارية"), or a show or a contest named ("مهرجان X للتراث"). The tagger's margin on them is small, and a place inside lets one through without any.
 */

const relationKeys = new Set(rules.placeRelationWords.map((w) => matchKey(w)));
const timeKeys = new Set(rules.timeNouns.map((w) => matchKey(w)));
const showKeys = new Set(rules.showNouns.map((w) => matchKey(w)));
const trafficKeys = new Set(rules.trafficWords.map((w) => matchKey(w)));
const MOVEMENT = new Set(["حركه", "الحركه"]);
const seatKeys = new Set(rules.seatWords.map((w) => matchKey(w)));

/**
 * Every word is a place or a word placing something relative to it, and one of them is such a word;
 * a nationality after one says whose it is ("السواحل الليبية", the Libyan coasts).
 */
export function isPlacePhrase(ctx: Ctx, first: number, last: number): boolean {
  let relation = false;
  for (let k = first; k <= last; k++) {
    const t = ctx.doc.tokens[k]!;
    const place = ctx.placeAt[k];
    if (t.kind !== "word" || (place && (!place.viaDemonym || relation))) continue;
    if (!tokenReadsAs(t, relationKeys) && !(t.key.startsWith("ال") && relationKeys.has(t.key.slice(2)))) return false;
    relation = true;
  }
  return relation;
}

/**
 * "شمال شرقي الجزيرة", "الأولى من نوعها في الجزيرة": a place's head noun with the article, alone,
 * right after a word placing something relative to it or after في, is the island or area the story
 * is at; the tagger may read it as the body of the same name (the channel), which no one places so.
 */
export function isPlaceNounPlaced(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[first]!;
  const before = tokens[first - 1];
  if (first !== last || t.lineStart || !before || before.kind !== "word" || !isPlaceNounSaidAgain(t)) return false;
  return before.key === IN || tokenReadsAs(before, relationKeys);
}

const IN = matchKey("في");

/**
 * "إقليم X الإثيوبي" read from "X الإثيوبي": a region's or a state's name and the
 * nationality of the state it lies in, nothing else, is that place told by whose it is, no body.
 * A city so printed may be its club in a story of sport ("برشلونة الإسباني"), so cities stay the
 * tagger's to tell.
 */
export function isPlaceWithItsNationality(ctx: Ctx, first: number, last: number): boolean {
  const named = ctx.placeAt[first];
  const nationality = ctx.placeAt[last];
  if (!named || named.viaDemonym || named.kind === "city" || named.firstToken !== first) return false;
  return !!nationality?.viaDemonym && nationality.firstToken === named.lastToken + 1 && nationality.lastToken === last;
}

/** The phrase opens with a noun of a show or a contest ("مهرجان X للتراث", "بطولة X"): a happening, no body. */
export function opensWithShowNoun(ctx: Ctx, first: number): boolean {
  const t = ctx.doc.tokens[first]!;
  return t.kind === "word" && tokenReadsAs(t, showKeys);
}

// A show's quoted title is short: a few words, a colon, a subtitle.
const MAX_TITLE = 12;

/**
 * 'معرض «طريق X: المخطوطات بين الجزيرة والصين»': a phrase inside the quoted title of a show or a
 * contest (the quote opened right after its noun, on the same line) is a word of that title, no body.
 */
export function withinShowTitle(ctx: Ctx, first: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = first - 1; k >= 1 && k >= first - MAX_TITLE; k--) {
    const t = tokens[k]!;
    if (CLOSING_QUOTES.has(t.text) && !OPENING_QUOTES.has(t.text)) return false;
    if (OPENING_QUOTES.has(t.text)) return tokens[k - 1]!.kind === "word" && tokenReadsAs(tokens[k - 1]!, showKeys);
    if (t.lineStart) return false;
  }
  return false;
}

/** The phrase opens with a noun of time ("السنة الجارية", "للعام المقبل"). */
export function opensWithTimeNoun(ctx: Ctx, first: number): boolean {
  const t = ctx.doc.tokens[first]!;
  return t.arabic && tokenReadsAs(t, timeKeys);
}

/** "حركة الشاحنات", "الحركة الملاحية": traffic of goods, ships or data, not a movement that is a body. */
export function isTrafficPhrase(name: string): boolean {
  const words = matchKey(name).split(" ");
  return words.length >= 2 && readsAs(words[0]!, MOVEMENT) && trafficKeys.has(words[1]!);
}

/** "ومقرها لاغوس": the city right after a seat is where a body sits, not a body named after it. */
export function afterSeatWord(ctx: Ctx, first: number): boolean {
  const before = ctx.doc.tokens[first - 1];
  return !!before?.arabic && tokenReadsAs(before, seatKeys);
}

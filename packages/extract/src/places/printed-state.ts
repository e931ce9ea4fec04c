import type { Ctx } from "../persons/anchor-spans";
import type { Token } from "../text/tokens";
import { sentenceOfToken } from "../document";
import { isPossessiveS } from "../text/english-marks";
import { isBorderPartner } from "./border-partner";
import { townNounAfter } from "./town-apposition";
import { EN_COMPASS } from "./compass-named-regions";

/*
 * The state of a place no gazetteer row holds. The text often says it right by the name: a state
 * after a comma ("Korvik, Peru"), a state's possessive before it ("Bolivia's Korvik"), a nationality
 * before the noun of what it is ("the Peruvian border town of Korvik"). When it does not, the state
 * printed nearest in the sentence is a guess; where the sentence names several states (a border
 * town between two), the nearest one is no better than a coin, and the state the report is filed
 * from, when it is among them, is the likelier host.
 */

/** Lower-case words allowed between a nationality and "of" ("the Peruvian border town of"). */
const MAX_DESCRIPTION = 4;

// "Korvik, Western Province on Monday": words of time and place that open what follows the phrase.
export const PHRASE_ENDERS = new Set(["on", "in", "at", "last", "this", "early", "late", "where", "when", "after", "before", "during", "overnight", "since"]);


const stateAt = (ctx: Ctx, k: number): string | null => {
  const p = ctx.placeAt[k];
  return p && p.kind === "country" && !p.viaDemonym ? p.iso2 : null;
};

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === "word";

/** The state printed right by an English place's name (tokens first..last), or null. */
export function printedStateOf(ctx: Ctx, first: number, last: number): string | null {
  const { tokens } = ctx.doc;
  if (tokens[first]!.arabic) return null;
  // "Korvik, Peru," / "Korvik, Western Province." : the state or the state's region after a comma
  // closes the phrase.
  if (tokens[last + 1]?.text === "," && !tokens[last + 2]?.lineStart) {
    // "Korvik, North Kalimantan": a compass word before the region's listed name, unless the
    // compass word is itself the first word of a listed name ("Korvik, Western Australia").
    const listedFromCompass = ctx.placeAt[last + 2]?.firstToken === last + 2;
    const at = !listedFromCompass && EN_COMPASS.has(tokens[last + 2]?.key ?? "") && tokens[last + 2]!.capital ? last + 3 : last + 2;
    const p = ctx.placeAt[at];
    const after = p ? tokens[p.lastToken + 1] : undefined;
    if (p && p.iso2 && !p.viaDemonym && p.kind !== "city" && p.firstToken === at && (!after || after.kind === "punct" || after.lineStart || PHRASE_ENDERS.has(after.key))) return p.iso2;
  }
  // "in Korvik, on the Iranian side": the side of a border a town lies on, by its state's adjective.
  const side = sideOfBorderAfter(ctx, last);
  if (side) return side;
  // "Korvik, a village in Mali's Gao region": the place after "in" in an apposition of a town.
  const noun = townNounAfter(tokens, last);
  if (noun >= 0 && tokens[noun + 1]!.key === "in") {
    let k = noun + 2;
    while (k < noun + 4 && tokens[k] && !tokens[k]!.capital && EN_COMPASS.has(tokens[k]!.key)) k++;
    const p = ctx.placeAt[k];
    if (p && p.iso2 && p.firstToken === k && !(p.viaDemonym && p.kind !== "country")) return p.iso2;
  }
  // "Bolivia's Korvik".
  if (isPossessiveS(tokens, first - 1) && !tokens[first]!.lineStart) {
    const p = ctx.placeAt[first - 3];
    if (p && p.lastToken === first - 3 && stateAt(ctx, first - 3)) return p.iso2;
  }
  // "the Peruvian border town of Korvik".
  if (tokens[first - 1]?.key === "of") {
    for (let k = first - 2; k >= first - 1 - MAX_DESCRIPTION && isWord(tokens[k]); k--) {
      const t = tokens[k]!;
      const p = ctx.placeAt[k];
      if (p) return p.viaDemonym && p.kind === "country" ? p.iso2 : null;
      if (t.capital || t.lineStart) return null;
    }
  }
  return null;
}

/** ", on the Iranian side": the state whose side of a border the words after `last` put a place on, or null. */
function sideOfBorderAfter(ctx: Ctx, last: number): string | null {
  const { tokens } = ctx.doc;
  if (tokens[last + 1]?.text !== "," || tokens[last + 2]?.key !== "on" || tokens[last + 3]?.key !== "the") return null;
  const p = ctx.placeAt[last + 4];
  if (!p || !p.viaDemonym || p.kind !== "country" || !p.iso2 || p.firstToken !== last + 4) return null;
  return tokens[p.lastToken + 1]?.key === "side" ? p.iso2 : null;
}

/** The state printed right by any of a place's mentions (`spans`), or null. */
export function printedStateOfAny(ctx: Ctx, spans: readonly { first: number; last: number }[]): string | null {
  for (const s of spans) {
    const state = printedStateOf(ctx, s.first, s.last);
    if (state) return state;
  }
  return null;
}

// Who travels or sails: a nationality before one says whose they are, not where they are
// ("the British crew …, south of X", "ahead of the French entry", "an Icelandic Coast Guard
// helicopter"). A state's envoy or embassy sits in another state: "the Japanese Embassy" says the
// place is not Japan's; so does goods' origin ("seized Venezuelan fuel near X").
/** Goods whose nationality says where they came from ("Venezuelan fuel", "Iranian diesel"). */
export const GOODS_OF_ORIGIN: readonly string[] = ["fuel", "diesel", "petrol", "gasoline", "goods", "contraband", "cigarettes", "imports", "exports"];
const TRAVELLERS = new Set([...GOODS_OF_ORIGIN, "crew", "crews", "yacht", "yachts", "entry", "boat", "boats", "ship", "ships", "vessel", "vessels", "trawler", "trawlers", "sailor", "sailors", "fishermen", "skipper", "tourists", "migrants", "nationals", "helicopter", "helicopters", "aircraft", "plane", "planes", "jet", "jets", "frigate", "frigates", "cutter", "embassy", "embassies", "ambassador", "envoy", "consulate"]);
/** Words allowed between the nationality and the noun of travellers ("Danish inspection ship"). */
const MAX_CRAFT_WORDS = 3;

/** Whether the place read at `k` is an English nationality before a noun of travellers. */
function isTravellersNationality(ctx: Ctx, k: number): boolean {
  const p = ctx.placeAt[k]!;
  if (!p.viaDemonym || ctx.doc.tokens[k]!.arabic) return false;
  for (let j = p.lastToken + 1; j <= p.lastToken + 1 + MAX_CRAFT_WORDS; j++) {
    const t = ctx.doc.tokens[j];
    if (!t || t.kind !== "word" || t.lineStart || ctx.placeAt[j]) return false;
    if (TRAVELLERS.has(t.key)) return true;
  }
  return false;
}

/**
 * The state printed nearest to a token range in its sentence (a name or a demonym), other than
 * one named across a border; when the sentence names more than one state and `home` is one of
 * them, `home`.
 */
export function nearestState(ctx: Ctx, first: number, last: number, home: string | null): string | null {
  const sentence = sentenceOfToken(ctx.doc, first);
  if (!sentence) return null;
  let best: { d: number; iso: string } | null = null;
  const states = new Set<string>();
  const partners = new Set<string>();
  for (let k = sentence.first; k < sentence.last; k++) {
    const p = ctx.placeAt[k];
    if (!p?.iso2) continue;
    if (isBorderPartner(ctx, k)) {
      partners.add(p.iso2);
      continue;
    }
    if (isTravellersNationality(ctx, k)) continue;
    states.add(p.iso2);
    const d = k < first ? first - k : k - last;
    if (!best || d < best.d) best = { d, iso: p.iso2 };
  }
  if (!ctx.doc.tokens[first]!.arabic && home && states.size > 1 && states.has(home)) return home;
  // "طبرقة قرب الحدود مع الجزائر" filed from Tunis: the border's other side is not the town's state.
  if (!best && partners.size && home && !partners.has(home)) return home;
  return best?.iso ?? null;
}

/** Most words between a site's name and the city or state printed after it ("بمقر … بالقاهرة"). */
const AFTER_SITE = 3;

/**
 * The city or state printed right after a site (first..last), or null. A state named as the other
 * side of a border there ("منفذ X الحدودي مع المجر") is not the site's: the nearest state of the
 * sentence on this side of it is ("…، شمالي صربيا").
 */
export function stateRightAfterSite(ctx: Ctx, first: number, last: number, home: string | null): string | null {
  for (let k = last + 1; k <= last + AFTER_SITE; k++) {
    const iso = ctx.placeAt[k]?.iso2;
    if (!iso) continue;
    return isBorderPartner(ctx, k) ? nearestState(ctx, first, last, home) : iso;
  }
  return null;
}

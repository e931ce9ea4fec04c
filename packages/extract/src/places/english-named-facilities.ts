import placeRules from "../rules/places.json";
import type { Ctx } from "../persons/anchor-spans";
import type { SiteMention } from "./locations";
import type { Token } from "../text/tokens";
import { isOrgHeadAt } from "../persons/head-lookups";
import { isCalendarWord, isStopToken } from "../persons/vocabulary";
import { joinedPieceBefore } from "../text/joined-pieces";
import { matchKey } from "../text/normalize";
import { PhraseTrie } from "../text/phrase-trie";

/*
 * "at the Lao Bao border gate", "toured the Chong Sa-ngam checkpoint", "the new Kipevu berth", "the
 * Aimeliik power plant": a crossing, a berth or a plant printed in lower case after its own
 * capitalized name is a site of the story, read whole; no list holds such names. Only after "the"
 * (and at most two lower-case words), a preposition of place ("landed at X air station") or at the
 * head of a line (a headline), so a verb ("drones from Russia crossing into …") opens none; the
 * lower-case words of the works' kind before its noun stay in the name ("the X geothermal power station");
 * a name that is only a state or a nationality ("the Kenyan border post") or a body ("the Army
 * checkpoint") names no site. Words: `englishNamedFacilityHeads` in rules/places.json.
 */

const heads = placeRules.englishNamedFacilityHeads;
const CROSSINGS = heads.crossings.map((h) => h.split(" "));
// The longest head wins, so "border crossing point" over "border crossing" and "crossing point".
const headTrie = new PhraseTrie<true>([...heads.crossings, ...heads.works].map((h) => [h, true] as const), { clitics: false });
const KIND_KEYS = new Set(heads.kinds);
const OPENER_KEYS = new Set(heads.openers);
const STREET_KEYS = new Set(heads.streets.map((h) => h.toLowerCase()));
// "the ministry on Dominica Drive": a street is also where a building stands "on".
const STREET_OPENER_KEYS = new Set([...heads.openers, "on"]);
const MAX_NAME_WORDS = 3;
const MAX_WORDS_AFTER_THE = 2;

const latinWord = (t: Token | undefined): t is Token => !!t && t.kind === "word" && !t.arabic && !t.lineStart;

/** The last token of the head printed from `i` ("border", "crossing", "point"), or -1. */
function headEnd(tokens: readonly Token[], i: number, text: string): number {
  return headTrie.matchAt(tokens, i, text)?.last ?? -1;
}

/** The first token of the capitalized name that ends right before `head` (pieces joined by a hyphen kept), or -1. */
function nameStart(tokens: readonly Token[], head: number): number {
  let first = head;
  for (let words = 0; words < MAX_NAME_WORDS; words++) {
    // A line's first word may open the name (a headline: "X dry port opens"); no word of the line before does.
    const t = tokens[first - 1];
    if (!t || t.arabic || tokens[first]!.lineStart || t.kind === "punct") break;
    let piece = first - 1;
    for (let p = joinedPieceBefore(tokens, piece); p >= 0; p = joinedPieceBefore(tokens, piece)) piece = p;
    const opener = tokens[piece]!;
    if (opener.kind !== "word" || !opener.capital || isStopToken(opener) || isCalendarWord(opener)) break;
    first = piece;
  }
  return first < head ? first : -1;
}

/** "geothermal power station": the first token of the lower-case words of the works' kind before the head at `head`. */
function kindWordsStart(tokens: readonly Token[], head: number): number {
  let k = head;
  while (latinWord(tokens[k - 1]) && !tokens[k]!.lineStart && !tokens[k - 1]!.capital && KIND_KEYS.has(tokens[k - 1]!.key)) k--;
  return k;
}

/** The capitalized noun of a street at `k` ("Drive", "Avenue"), in a line's running text. */
function streetNounAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return latinWord(t) && !!t.capital && STREET_KEYS.has(t.key);
}

/**
 * "on Dominica Drive", "in Kenya Road": a listed place whose name a street's noun closes names the
 * street, no place of the story.
 */
export function opensStreetName(tokens: readonly Token[], p: { firstToken: number; lastToken: number }): boolean {
  return !tokens[p.firstToken]!.arabic && streetNounAt(tokens, p.lastToken + 1);
}

/**
 * "the X", "the new X", "the newly built X": an article at most two lower-case words before `first`;
 * or a preposition of place right before it ("at X air station"), or the head of a line.
 */
function afterArticle(tokens: readonly Token[], first: number, openers = OPENER_KEYS): boolean {
  if (tokens[first]!.lineStart || (latinWord(tokens[first - 1]) && !tokens[first - 1]!.capital && openers.has(tokens[first - 1]!.key))) return true;
  for (let k = first - 1; k >= first - 1 - MAX_WORDS_AFTER_THE && k >= 0; k--) {
    const t = tokens[k]!;
    if (!latinWord(t) || (k < first - 1 && tokens[k + 1]!.lineStart)) return false;
    if (t.key === "the") return true;
    if (t.capital || isStopToken(t)) return false;
  }
  return false;
}

/** Every word of the name is a listed state, a nationality or a body's head: no name of a site. */
function namesNoSite(ctx: Ctx, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.kind === "punct") continue;
    const p = ctx.placeAt[k];
    if (!(p && (p.viaDemonym || p.kind === "country")) && !isOrgHeadAt(ctx, k)) return false;
  }
  return true;
}

export function findEnglishNamedFacilities(ctx: Ctx): SiteMention[] {
  const { tokens, text } = ctx.doc;
  const out: SiteMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!latinWord(tokens[i]) || tokens[i - 1]!.kind === "punct") continue;
    // "on Dominica Drive": a street named by a state's or a town's name is still a street.
    if (streetNounAt(tokens, i)) {
      const first = nameStart(tokens, i);
      if (first < 0 || !afterArticle(tokens, first, STREET_OPENER_KEYS)) continue;
      out.push({ first, last: i, start: tokens[first]!.start, end: tokens[i]!.end, surface: text.slice(tokens[first]!.start, tokens[i]!.end), placeOnly: true });
      continue;
    }
    const last = headEnd(tokens, i, text);
    if (last < 0) continue;
    const kinds = kindWordsStart(tokens, i);
    const first = nameStart(tokens, kinds);
    if (first < 0 || !afterArticle(tokens, first) || namesNoSite(ctx, first, kinds - 1)) continue;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    out.push({ first, last, start, end, surface: text.slice(start, end), placeOnly: true });
    i = last;
  }
  return out;
}

/**
 * "the Aflao border post … the Aflao checkpoint": one crossing named by any of its kinds; the key
 * they share (the name's words), or null for a site that is no such English crossing.
 */
export function crossingKey(surface: string): string | null {
  const words = surface.split(/\s+/u);
  for (const head of CROSSINGS) {
    if (words.length <= head.length) continue;
    const tail = words.slice(-head.length).map((w) => w.toLowerCase());
    if (tail.every((w, k) => w === head[k])) return `crossing:${matchKey(words.slice(0, -head.length).join(" "))}`;
  }
  return null;
}

import type { Ctx, RoleSpan } from "./anchor-spans";
import { opensWithVesselPrefix, stateOfVesselPrefix } from "./eponyms";
import placeRules from "../rules/places.json";
import type { Token } from "../text/tokens";
import { isPossessiveS } from "../text/english-marks";

/**
 * "the university's head", "the hospital's resident medical officer", "the battalion's commanding
 * officer": an English office after "the <noun>'s" is held in the body the article named before
 * with that noun as its head ("the National Defence University", "the Cox's Bazar Sadar Hospital",
 * "the BGB's Teknaf battalion"), and reads "head of the National Defence University".
 */

/** How far back (in tokens) the named body may be: a few paragraphs (a name ending in its head noun is rarely another body). */
const BODY_WITHIN = 300;

// A ship's name never ends in its noun: "the Danish inspection ship HDMS X" names it after its kind.
export const SHIP_KINDS = ["ship", "vessel", "frigate", "corvette", "destroyer", "submarine", "cutter", "trawler", "tanker", "boat"];
const SHIPS = Object.fromEntries(SHIP_KINDS.map((k) => [k, [] as string[]]));

// A company is named by its legal form ("X Copper Processing Limited"), not by the word "company".
const HEADS_NAMED_BY: Record<string, string[]> = {
  company: ["company", "limited", "ltd", "inc", "plc", "corporation"],
  firm: ["limited", "ltd", "inc", "plc", "corporation"],
  ...SHIPS,
};

// "the Ethiopian firm Abay Marine Engineering": a company described by its kind before its name.
const DESCRIBED_BY: Record<string, string[]> = {
  company: ["company", "firm"],
  firm: ["company", "firm"],
  // "Paraguay's anti-drug agency SENAD … the agency's director": an agency named by its acronym after its kind.
  agency: ["agency"],
  ...Object.fromEntries(SHIP_KINDS.map((k) => [k, SHIP_KINDS])),
};

/** Most capitalized words a described company's name runs to after its kind. */
const DESCRIBED_NAME_WORDS = 5;

const FUNCTION_WORDS = new Set(["the", "a", "an", "this", "that", "its", "his", "her", "their"]);

/** A lower-case English word that may stand inside a site's name before its noun ("air" of "X air station"). */
function isLowerNameWord(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && !t.arabic && !t.capital && !t.lineStart && !FUNCTION_WORDS.has(t.key) && !LINKING_WORDS.has(t.key);
}

// Words that join or place things, never a word of a site's name in lower case.
const LINKING_WORDS = new Set(["and", "or", "of", "in", "at", "for", "to", "with", "on", "by", "from", "near", "where", "which", "who", "was", "is", "were", "are"]);

/**
 * Token index of "'" "s" before the office, the noun before it, and "the" before that (one
 * lower-case word may qualify the noun: "the training area's commander"); else null.
 */
function possessiveNounBefore(ctx: Ctx, first: number): number | null {
  const { tokens } = ctx.doc;
  const s = tokens[first - 1];
  const apostrophe = tokens[first - 2];
  const noun = tokens[first - 3];
  if (!s || !apostrophe || !noun) return null;
  if (s.key !== "s" || !/^['’]$/u.test(apostrophe.text) || s.spaceBefore || apostrophe.spaceBefore) return null;
  if (noun.arabic || noun.capital || noun.kind !== "word") return null;
  const the = tokens[first - 4]?.key === "the" ? first - 4 : isLowerNameWord(tokens[first - 4]) && tokens[first - 5]?.key === "the" ? first - 5 : -1;
  return the < 0 ? null : first - 3;
}

/** Most lower-case words between a site's capitalized name and its noun ("Kallax air base", "X military training area"). */
const LOWER_WORDS_BEFORE_NOUN = 2;

/** The capitalized name ending at token `head` ("Cox's Bazar Sadar Hospital", "BGB's Teknaf battalion"). */
function nameEndingAt(ctx: Ctx, head: number): { first: number; last: number } | null {
  const { tokens } = ctx.doc;
  let first = head;
  let capitals = 0;
  // "Bardufoss air station": a site's name may put a word or two in lower case before its noun.
  let start = head - 1;
  while (head - start <= LOWER_WORDS_BEFORE_NOUN && isLowerNameWord(tokens[start])) start--;
  if (start < head - 1 && !(tokens[start]?.capital && !tokens[start]!.arabic && !FUNCTION_WORDS.has(tokens[start]!.key))) start = head - 1;
  for (let k = start; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind === "word" && t.capital && !t.arabic && !FUNCTION_WORDS.has(t.key)) {
      first = k;
      capitals++;
      continue;
    }
    // "Cox's", "BGB's": a possessive inside the name.
    if (t.key === "s" && !t.spaceBefore && /^['’]$/u.test(tokens[k - 1]?.text ?? "") && tokens[k - 2]?.capital) {
      k--;
      continue;
    }
    break;
  }
  if (tokens[first]!.lineStart && capitals <= 1) return null;
  return capitals >= 1 ? { first, last: head } : null;
}

/** Words that join the capitalized words of a name opening with its noun ("Ministry of Foreign Affairs and Trade"). */
const NAME_JOINERS = new Set(["of", "for", "and", "the"]);

/** Most words a name opening with its noun runs to after it. */
const OPENED_NAME_WORDS = 6;

/**
 * The capitalized name opening with its noun at `head` and going on after "of" or "for"
 * ("Ministry of Foreign Affairs", "University of the South Pacific"), to its last capitalized word.
 */
function nameOpeningAt(ctx: Ctx, head: number): { first: number; last: number } | null {
  const { tokens } = ctx.doc;
  const opening = tokens[head]!;
  if (!opening.capital || opening.arabic || !["of", "for"].includes(tokens[head + 1]?.key ?? "")) return null;
  let last = head;
  for (let k = head + 1; k <= head + OPENED_NAME_WORDS; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.arabic || t.lineStart) break;
    if (t.capital && !FUNCTION_WORDS.has(t.key)) last = k;
    else if (!NAME_JOINERS.has(t.key)) break;
  }
  return last > head ? { first: head, last } : null;
}

/** The capitalized name right after a lower-case kind at `kind` ("firm Abay Marine Engineering"). */
function nameAfterKind(ctx: Ctx, kind: number, anyKind = false): { first: number; last: number } | null {
  const { tokens } = ctx.doc;
  const k = tokens[kind]!;
  if (!anyKind && (k.capital || k.arabic)) return null;
  let last = kind;
  while (last - kind < DESCRIBED_NAME_WORDS) {
    const t = tokens[last + 1];
    if (!t || t.kind !== "word" || t.arabic || !t.capital || t.lineStart || FUNCTION_WORDS.has(t.key)) break;
    last++;
  }
  return last > kind ? { first: kind + 1, last } : null;
}

/**
 * "the base commander", "the station commander": a site's noun in lower case opening an office
 * after "the" is where the office is held, as "the base's commander" says. Token of the noun, else null.
 */
function siteNounOpening(ctx: Ctx, role: RoleSpan): number | null {
  const { tokens } = ctx.doc;
  const noun = tokens[role.first]!;
  if (role.last === role.first || noun.arabic || noun.capital || !SITE_NOUNS.has(noun.key) || tokens[role.first - 1]?.key !== "the") return null;
  return role.first;
}

const SITE_NOUNS = new Set([...placeRules.englishCommonVenues.heads, ...placeRules.englishCommonVenues.visitedHeads, "area"]);

/** "head" after "the university's" → "head of the National Defence University", when named before. */
export function ofHeadNounBody(ctx: Ctx, role: RoleSpan): RoleSpan {
  const opening = siteNounOpening(ctx, role);
  const noun = opening ?? possessiveNounBefore(ctx, role.first);
  if (noun === null) return role;
  // "the agency's director at the port": the office names where it is held, so it keeps its words,
  // yet it is still held in that body; "the bank's vice-president for operations" names its field
  // only, and is held in the bank all the same ("vice-president for operations of the X Bank").
  const namesItsField = /\bat\b/u.test(role.surface);
  const { tokens, text } = ctx.doc;
  const nounKey = tokens[noun]!.key;
  const heads = new Set(HEADS_NAMED_BY[nounKey] ?? [nounKey]);
  const kinds = new Set(DESCRIBED_BY[nounKey] ?? []);
  const office = opening === null ? text.slice(role.start, role.end) : text.slice(tokens[opening + 1]!.start, role.end);
  // "the ship's commanding officer": a ship named with its navy's prefix ("HDMS X") is the one
  // an officer commands, before a merchant ship named nearer.
  if (kinds.has("ship") && !namesItsField) {
    for (let k = noun - 2; k >= 0 && noun - k <= BODY_WITHIN; k--) {
      const ship = opensWithVesselPrefix(tokens, k) ? nameAfterKind(ctx, k - 1, true) : null;
      if (!ship) continue;
      const commanded: RoleSpan = { ...role, surface: `${office} of ${text.slice(tokens[ship.first]!.start, tokens[ship.last]!.end)}` };
      const state = shipNationality(ctx, k);
      if (state) heldInStates.set(commanded, state);
      return commanded;
    }
  }
  for (let k = noun - 2; k >= 0 && noun - k <= BODY_WITHIN; k--) {
    const key = tokens[k]!.key;
    const name = (heads.has(key) ? (nameEndingAt(ctx, k) ?? nameOpeningAt(ctx, k)) : null) ?? (kinds.has(key) ? nameAfterKind(ctx, k) : null);
    if (!name) continue;
    const the = tokens[name.first - 1]?.key === "the" ? "the " : "";
    const body = text.slice(tokens[name.first]!.start, tokens[name.last]!.end);
    const held: RoleSpan = namesItsField ? role : { ...role, surface: `${office} of ${the}${body}` };
    // "Paraguay's anti-drug agency SENAD": the state named before the kind (a company officer's state is read elsewhere).
    // "the fund's deputy director-general" after "the Kuwait Fund …": a body named for its state serves it.
    const state = (kinds.has(key) && name.first === k + 1 ? stateBeforeKind(ctx, k) : null) ?? stateOpeningName(ctx, name.first);
    if (state) heldInStates.set(held, state);
    return held;
  }
  return role;
}

const heldInStates = new WeakMap<RoleSpan, string>();

/** "the ship's commanding officer" after "the Danish inspection ship HDMS X", "the agency's director" after "Paraguay's agency X": that state. */
export function stateOfShipCommanded(role: RoleSpan): string | null {
  return heldInStates.get(role) ?? null;
}

/** How far before a body's kind its state may stand ("Paraguay's anti-drug agency": six tokens). */
const STATE_BEFORE_KIND_WITHIN = 6;

/** "Paraguay's anti-drug agency", "the Ethiopian state firm": a state or demonym in the words before the kind. */
function stateBeforeKind(ctx: Ctx, kind: number): string | null {
  const { tokens } = ctx.doc;
  for (let k = kind - 1; k >= 0 && kind - k <= STATE_BEFORE_KIND_WITHIN; k--) {
    const pl = ctx.placeAt[k];
    if (pl?.iso2) return pl.iso2;
    const t = tokens[k]!;
    if (t.key === "the" || t.lineStart || /^[.,;:!?]$/u.test(t.text)) return null;
  }
  return null;
}

/** "the Kuwait Fund", "the Saudi Fund for Development": the state whose name or nationality opens a body's name. */
function stateOpeningName(ctx: Ctx, first: number): string | null {
  const pl = ctx.placeAt[first];
  return pl?.iso2 && pl.firstToken === first && (pl.kind === "country" || pl.viaDemonym) ? pl.iso2 : null;
}

/** How far before a ship's prefix its nationality may stand ("the Danish inspection ship HDMS X"), in words. */
const NATIONALITY_WITHIN = 4;

/**
 * The state of a ship named after `prefix` (its navy's prefix, or the noun of its kind): a nationality
 * printed before it, else the navy the prefix itself names ("The Royal Navy patrol ship HMS X").
 */
export function shipNationality(ctx: Ctx, prefix: number): string | null {
  const { tokens } = ctx.doc;
  return nationalityBefore(ctx, prefix) ?? stateOfVesselPrefix(tokens, prefix) ?? stateOfVesselPrefix(tokens, prefix + 1);
}

function nationalityBefore(ctx: Ctx, prefix: number): string | null {
  const { tokens } = ctx.doc;
  let words = 0;
  for (let k = prefix - 1; k >= 0 && words < NATIONALITY_WITHIN; k--) {
    const pl = ctx.placeAt[k];
    if (pl?.viaDemonym && pl.iso2) return pl.iso2;
    // "the Royal Australian Navy's amphibious ship HMAS X": the navy's possessive is no stop.
    if (isPossessiveS(tokens, k)) {
      k--;
      continue;
    }
    if (tokens[k]!.kind !== "word" || tokens[k]!.key === "the") return null;
    words++;
  }
  return null;
}

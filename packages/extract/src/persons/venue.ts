import type { Ctx } from "./anchor-spans";
import { isPlaceHeadAt } from "./head-lookups";

/**
 * Prepositions of place and of direction. A state named after one is where the story happens or
 * where someone goes (في مدينة فالبارايسو التشيلية، إلى أكرا، in Accra), the host, not the state a
 * person there serves.
 */
const VENUE_PREPOSITIONS = new Set(["في", "الي", "إلى", "in", "to", "at"]);

/** Place words and place heads that may stand between the preposition and the state ("مدينة X"). */
const MAX_PHRASE = 3;

/**
 * Words of coming before "من"/"from" (matching keys): the place after them is where someone came
 * from (قادما من روما، arriving from Rome), which tells neither his state nor the host's.
 */
const COMING = new Set(["قادما", "قادمه", "قادمين", "قادمون", "قادم", "اتيا", "arriving", "coming", "flying"]);
const FROM = new Set(["من", "from"]);

/** The token before the phrase holding the place at token k (its head and place words included), or -1. */
function beforePhrase(ctx: Ctx, k: number): number {
  const { tokens } = ctx.doc;
  const pl = ctx.placeAt[k];
  if (!pl) return -1;
  let j = pl.firstToken - 1;
  // "في مدينة مندوزا الأرجنتينية": a town the gazetteer lacks still stands after its head.
  const inPhrase = (x: number) => !!ctx.placeAt[x] || isPlaceHeadAt(ctx, x) || (x > 0 && isPlaceHeadAt(ctx, x - 1) && tokens[x]!.kind === "word");
  for (let n = 0; n < MAX_PHRASE && j >= 0 && inPhrase(j); n++) j = (ctx.placeAt[j]?.firstToken ?? j) - 1;
  return j;
}

/** True when the place covering token k is a venue or a destination: a preposition of place opens its phrase. */
export function isVenueState(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[beforePhrase(ctx, k)];
  return !!t && t.kind === "word" && VENUE_PREPOSITIONS.has(t.key);
}

/** True when the place covering token k is where someone came from ("قادما من روما"). */
export function isOriginState(ctx: Ctx, k: number): boolean {
  const j = beforePhrase(ctx, k);
  const { tokens } = ctx.doc;
  return j > 0 && FROM.has(tokens[j]!.key) && COMING.has(tokens[j - 1]!.key);
}

/** A delegation, not a side ("على الجانب الآخر" tells where, not who). */
export const DELEGATION_NOUNS: ReadonlySet<string> = new Set(["وفد", "الوفد", "وفدا", "delegation"]);
/** An Arabic side to talks ("عن الجانب الكويتي"). */
export const SIDE_NOUNS: ReadonlySet<string> = new Set(["الجانب", "جانب"]);
/** Nouns of a party to talks: the nationality with them names that party ("الوفد السوري", "the Syrian delegation"). */
const PARTY_NOUNS = new Set([...DELEGATION_NOUNS, ...SIDE_NOUNS, "side"]);

/**
 * True when the nationality covering token k qualifies a delegation or a side. After a person's
 * name ("رافق X، قائد قوات الحدود، الوفد السوري") it is the party he deals with, not his state.
 */
export function isPartyState(ctx: Ctx, k: number): boolean {
  const pl = ctx.placeAt[k];
  if (!pl?.viaDemonym) return false;
  const { tokens } = ctx.doc;
  const before = tokens[pl.firstToken - 1];
  const after = tokens[pl.lastToken + 1];
  // "the Indonesian side of the border": a side of something is where, not a party.
  const partyAfter = !!after && !after.arabic && PARTY_NOUNS.has(after.key) && tokens[pl.lastToken + 2]?.key !== "of";
  return (!!before && before.arabic && PARTY_NOUNS.has(before.key)) || partyAfter || delegationFromBody(tokens, pl.lastToken);
}

/** How many definite words a body's name may have between "من" and its nationality ("القوات البحرية"). */
const BODY_WORDS = 3;

/**
 * "استقبل X وفدا من الجيش السنغالي", "وفدا من القوات البحرية الكينية": the nationality of the body
 * a delegation comes from is the delegation's, the party received, not the host's.
 */
function delegationFromBody(tokens: Ctx["doc"]["tokens"], demonym: number): boolean {
  let k = demonym - 1;
  while (k > demonym - 1 - BODY_WORDS && tokens[k]?.arabic && tokens[k]!.key.startsWith("ال")) k--;
  if (k === demonym - 1) return false;
  const from = tokens[k];
  const party = tokens[k - 1];
  if (!from || !party || from.key !== "من") return false;
  return party.arabic && (PARTY_NOUNS.has(party.key) || PARTY_NOUNS.has(party.key.replace(/^[وف]/u, "")));
}

const WITH_KEYS = new Set(["مع", "with"]);

/** True when "مع" / "with" stands between tokens a and b: each side of it is a party of its own. */
export function acrossWith(ctx: Ctx, a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (WITH_KEYS.has(ctx.doc.tokens[k]!.key)) return true;
  return false;
}

import placeRules from "../rules/places.json";
import type { Ctx } from "../persons/anchor-spans";
import type { HeadedPlace } from "./locations";
import { isOrgHeadAt, isPlaceHeadAt, isRoleHeadAt } from "../persons/head-lookups";
import { rankAt } from "../persons/ranks";
import { hasTanween, isCalendarWord, isStopToken } from "../persons/vocabulary";
import { matchKey } from "../text/normalize";
import { rawOffsetAfterLetters, readsAs, tokenReadings, tokenReadsAs, type Token } from "../text/tokens";
import { positionKeys } from "./town-heads";
import { AR_COMPASS_WORDS } from "./compass-named-regions";

/*
 * "نزح السكان من بلدتي X وY", "غارات على قرى X وY وZ", "محافظتي X وY": a dual or plural head in
 * construct with a list names each place of it, as the singular head names the one after it. A
 * plural head also takes adjectives ("قرى نائية", "مدن كبرى"), which agree in the feminine
 * singular: a word in ة or ى after one is read as such, no name. A dual in construct takes a
 * name and no adjective.
 */
const cityHeadKeys = new Set(placeRules.pluralPlaceHeads.city.map((w) => matchKey(w)));
const regionHeadKeys = new Set(placeRules.pluralPlaceHeads.region.map((w) => matchKey(w)));
// "بلدتي", "مخيما": the dual in construct ends in ي or ا; "قرى" ends in ى and is a plural.
const dualKeys = new Set([...placeRules.pluralPlaceHeads.city, ...placeRules.pluralPlaceHeads.region].filter((w) => /[اي]$/u.test(w)).map((w) => matchKey(w)));
const MAX_NAMES = 6;
const ADJECTIVE_ENDING = /(ه|ى)$/u;
const DUAL_NISBA = /ي(تين|تان|ين|ان)$/u;
// "ولايات الجنوب", "محافظات الشمال الغربي": the side of the land the places lie in, no name of one.
const COMPASS_NOUNS = new Set(AR_COMPASS_WORDS.map((w) => matchKey(`ال${w}`)));

function headKind(t: Token | undefined): HeadedPlace["kind"] | null {
  if (!t || t.kind !== "word" || !t.arabic) return null;
  // Asked of every word of the article: the token's own readings spare a look-up of the word's.
  return tokenReadsAs(t, cityHeadKeys) ? "city" : tokenReadsAs(t, regionHeadKeys) ? "region" : null;
}

/** Whether the word at `k`, its clitic و cut (`bare`), may be a name of the list. */
function listedName(ctx: Ctx, k: number, bare: string, dual: boolean): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.kind !== "word" || !t.arabic || t.lineStart || bare.length < 3) return false;
  if (isStopToken(t) || isCalendarWord(t) || hasTanween(t) || positionKeys.has(bare) || COMPASS_NOUNS.has(bare) || isBarePluralHead(ctx.doc.tokens, k, k) || (!dual && ADJECTIVE_ENDING.test(bare))) return false;
  return !(rankAt(ctx, k) || isRoleHeadAt(ctx, k) || isOrgHeadAt(ctx, k) || isPlaceHeadAt(ctx, k));
}

/** The names listed after a dual or plural head, one word each. */
export function findPluralHeadPlaces(ctx: Ctx): HeadedPlace[] {
  const { tokens, text } = ctx.doc;
  const out: HeadedPlace[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const kind = headKind(tokens[i]);
    if (!kind) continue;
    const dual = readsAs(tokens[i]!.key, dualKeys);
    const names: { k: number; cut: number }[] = [];
    let k = i + 1;
    while (names.length < (dual ? 2 : MAX_NAMES) && k < tokens.length) {
      const t = tokens[k]!;
      // The first name stands right after the head; the next ones after "،" or with و.
      const cut = names.length && t.key.startsWith("و") && !t.key.startsWith("ال") ? 1 : 0;
      if (!ctx.placeAt[k] && !listedName(ctx, k, t.key.slice(cut), dual)) break;
      // "محافظتي الأنبار وصلاح الدين": an indefinite word before a definite one opens a name of two
      // words ("صلاح الدين"), which a list of one-word names does not read.
      const next = tokens[k + 1];
      // A dual adjective in -يتين or -يين after the list agrees with the dual head ("الحدوديتين").
      if (!ctx.placeAt[k] && !t.key.slice(cut).startsWith("ال") && next && next.arabic && !next.lineStart && next.key.startsWith("ال") && !DUAL_NISBA.test(next.key)) break;
      if (names.length && !cut && tokens[k - 1]?.text !== "،") break;
      names.push({ k, cut });
      k = ctx.placeAt[k]?.lastToken ?? k;
      k += tokens[k + 1]?.text === "،" ? 2 : 1;
    }
    // "مدن X": one name after a plural head may be a noun it governs; a list or a dual is a list of names.
    if (names.length < (dual ? 1 : 2)) continue;
    for (const { k: n, cut } of names) {
      if (ctx.placeAt[n]) continue;
      const t = tokens[n]!;
      const start = t.start + (cut ? rawOffsetAfterLetters(t.text, cut) : 0);
      const name = text.slice(start, t.end);
      out.push({ first: n, last: n, start, end: t.end, surface: name, name, headed: name, kind });
    }
    i = k - 1;
  }
  return out;
}

/**
 * "في ولايات الجنوب"، "والولايات الجزائرية": a plural head alone, with or without the article, is
 * the kind of the places it stands for, no place of its own (the tagger reads it as one).
 */
export function isBarePluralHead(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first];
  if (first !== last || !t || t.kind !== "word" || !t.arabic) return false;
  if (headKind(t)) return true;
  return tokenReadings(t).some((r) => r.key.startsWith("ال") && (cityHeadKeys.has(r.key.slice(2)) || regionHeadKeys.has(r.key.slice(2))));
}

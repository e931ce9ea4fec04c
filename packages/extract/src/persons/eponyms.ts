import rules from "../rules/persons.json";
import { readsAs, wordKey, type Token } from "../text/tokens";
import { OPENING_QUOTES } from "../text/quotes";
import type { Ctx } from "./anchor-spans";
import { isRoleHeadAt } from "./head-lookups";
import { isEnglishBodyHead } from "./body-head-names";

const vesselKeys = new Set(rules.vesselHeads.map(wordKey));
const headKeys = new Set([...rules.eponymHeads.map(wordKey), ...vesselKeys]);
const titleKeys = new Set(rules.eponymTitles.map(wordKey));
const quotedHeadKeys = new Set(rules.quotedNameHeads.map(wordKey));

/** "الملك", "الأمير": a title printed between a place's noun and the name it is named after. */
export const isEponymTitle = (key: string): boolean => titleKeys.has(key);

/**
 * "كلية X العسكرية", "جامعة X", "مركز الملك X", 'السفينة الفلبينية "X"': a name printed right
 * after the noun of a place, a body or a vessel (with its proclitic, a title, the vessel's
 * nationality, a nisba of what the place is or an opening quote between) names that thing after a person; the person is no
 * one the story tells of.
 */
export function isEponym(ctx: Ctx, first: number): boolean {
  return readsAs(namingHeadBefore(ctx, first)?.key ?? "", headKeys) || isQuotedThingName(ctx, first) || isQuotedEnglishBodyName(ctx, first);
}

/**
 * 'the Military Academy "General X Y"', 'the University "X Y"': an English name in quotes
 * (a title at most before it) opened right after a body's head word is the name the body bears.
 * Only quoted: unquoted, "University President X" is the president.
 */
function isQuotedEnglishBodyName(ctx: Ctx, first: number): boolean {
  const tokens = ctx.doc.tokens;
  let k = first - 1;
  if (tokens[k] && !tokens[k]!.arabic && titleKeys.has(tokens[k]!.key)) k--;
  return OPENING_QUOTES.has(tokens[k]?.text ?? "") && isEnglishBodyHead(tokens[k - 1]);
}

/**
 * 'صحيفة "سيدني X Y"', 'مدافع من طراز "X"', 'ناقلة النفط "X Y"': a name in quotes opened right
 * after the noun of a thing that bears a name (a place or the quote's first word between) is that
 * thing's. Only quoted, for the nouns also stand before persons unquoted (المدافع X is a defender).
 */
function isQuotedThingName(ctx: Ctx, first: number): boolean {
  const tokens = ctx.doc.tokens;
  let k = first - 1;
  // 'صحيفة "سيدني مورنينغ هيرالد"': a place opening the quoted name.
  if (!OPENING_QUOTES.has(tokens[k]?.text ?? "") && ctx.placeAt[k] && !ctx.placeAt[k]!.viaDemonym) k = ctx.placeAt[k]!.firstToken - 1;
  if (!OPENING_QUOTES.has(tokens[k]?.text ?? "")) return false;
  let head = tokens[k - 1];
  // "ناقلة النفط", "سفينة الشحن": a ship named with what it carries.
  if (head?.kind === "word" && head.key.startsWith("ال") && isVesselNoun(tokens[k - 2]?.key ?? "")) return true;
  if (ctx.placeAt[k - 1]?.viaDemonym) head = tokens[ctx.placeAt[k - 1]!.firstToken - 1];
  return head?.kind === "word" && readsAs(head.key, quotedHeadKeys);
}

/** 'المدمرة الإيطالية «X»', "الناقلة X": the name of a ship, which is no body of the story either. */
export function isVesselName(ctx: Ctx, first: number): boolean {
  return readsAs(namingHeadBefore(ctx, first)?.key ?? "", vesselKeys);
}

/**
 * "INS X", "BRP X Y": a navy's prefix in capitals opening a name is the ship's own name, no body
 * (the prefix names the service, the words after it one of its vessels).
 */
export function opensWithVesselPrefix(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first];
  return !!t && !t.arabic && t.text === t.text.toUpperCase() && vesselKeys.has(wordKey(t.text)) && !!tokens[first + 1]?.capital;
}

const PREFIX_STATES = new Map(Object.entries(rules.vesselPrefixStates as Record<string, string>));

/** "HMS X", "HMAS Y": the state whose navy prints the warship prefix at `at`, else null. */
export function stateOfVesselPrefix(tokens: readonly Token[], at: number): string | null {
  return opensWithVesselPrefix(tokens, at) ? (PREFIX_STATES.get(tokens[at]!.text) ?? null) : null;
}

/** "الفرقاطة", "ناقلة": a noun of a ship. */
export const isVesselNoun = (key: string): boolean => readsAs(key, vesselKeys);

/** The noun a name at `first` may be named after, past a quote, a nationality and a title. */
function namingHeadBefore(ctx: Ctx, first: number): Token | undefined {
  const tokens = ctx.doc.tokens;
  let k = first - 1;
  if (OPENING_QUOTES.has(tokens[k]?.text ?? "")) k--;
  if (ctx.placeAt[k]?.viaDemonym) k--;
  // "المستشفى الجامعي X", "الأكاديمية العسكرية X": a definite noun of the place and a nisba of what it is before the name
  // (not an office's: "قائد القاعدة البحرية X" is the commander's name).
  const noun = tokens[k - 1];
  if (noun?.kind === "word" && /^ال.+(ي|يه)$/.test(tokens[k]?.key ?? "") && !ctx.placeAt[k] && noun.key.startsWith("ال") && readsAs(noun.key.slice(2), headKeys) && !isRoleHeadAt(ctx, k - 2)) return { ...noun, key: noun.key.slice(2) };
  if (tokens[k] && titleKeys.has(tokens[k]!.key)) k--;
  const head = tokens[k];
  return head?.kind === "word" ? head : undefined;
}

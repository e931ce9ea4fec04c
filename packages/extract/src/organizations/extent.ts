import { followsPluralTitle } from "./plural-titles";
import { spellsSiteName } from "./site-acronyms";
import { opensAbbreviatedCity } from "../places/english-city-word";
import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { isOrgHeadAt, isRoleHeadAt } from "../persons/head-lookups";
import { rankAt } from "../persons/ranks";
import { isCalendarWord, isGivenName, isStopToken, LINEAGE, NAME_OPENERS, pluralRoleKeys, roleHeadTrie, unitOrdinalKeys } from "../persons/vocabulary";
import { PhraseTrie, type PhraseMatch } from "../text/phrase-trie";
import { matchKey } from "../text/normalize";
import { keptPerObject } from "../text/kept-per-object";
import { readings, readsAs, tokenReadings, tokenReadsAs, type Reading, type Token } from "../text/tokens";
import { positionKeys } from "../places/town-heads";
import { isEponymTitle } from "../persons/eponyms";

/**
 * Where an organization's name reaches beyond its head word, in the cases word-by-word reading
 * gets wrong: a name whose complement with ل is complete (an object of the verb follows it), a
 * lower-case English body named by its nationality, and a command named by its theatre.
 */

/**
 * Where an Arabic name stands after a complement with ل ("الاتحاد المصري لكرة القدم", "المجلس
 * الأعلى للقوات المسلحة"): "genitive" right after an indefinite لـ noun, whose definite noun
 * completes it (كرة ← القدم), "adjectives" once the complement is complete, "none" before one.
 */
export type Complement = "none" | "genitive" | "adjectives";

// Adjectives agreeing with the complement: relative adjectives (الحربي، الذرية، الاجتماعيين) and
// feminine or elative forms (المسلحة، العليا، الكبرى). A plain noun after a complete name is the
// next part of the sentence, the object of a verb that put the body first ("استدعى الاتحاد …
// لكرة القدم اللاعبين").
export const AGREEING_ADJECTIVE = /(ي|يا|يه|يين|يون|يات|ه)$/u;

/**
 * True when the bare word after a head could be an adjective agreeing with it. A feminine head
 * (شركة، جامعة، جماعة, keys ending in ه) takes a feminine adjective ("شركة روسية"، "جماعة مسلحة"):
 * a word ending in a bare ي after it is no adjective of it but a name ("جامعة بواني"، "شركة كي إن").
 */
export function couldAgreeWith(headKey: string, wordKey: string): boolean {
  if (!AGREEING_ADJECTIVE.test(wordKey)) return false;
  return !(headKey.endsWith("ه") && wordKey.endsWith("ي"));
}

/** How the word at k fits the complement read so far, or "end" when it is no part of the name. */
export function complementRole(ctx: Ctx, k: number, state: Complement): Complement | "end" {
  const t = ctx.doc.tokens[k]!;
  // A place is the name's state or city ("… لكرة القدم المصري", "… للسلام في لبنان").
  if (ctx.placeAt[k]) return state === "genitive" ? "adjectives" : state;
  if (/^لل/.test(t.key)) return "adjectives";
  if (/^ل(?!ل)/.test(t.key) && !t.key.startsWith("ال")) return "genitive";
  if (state === "genitive") return "adjectives";
  if (state === "adjectives" && !AGREEING_ADJECTIVE.test(t.key)) return "end";
  return state;
}

/** The complement state after the words of a head or listed name (which may end inside one). */
export function complementOf(ctx: Ctx, first: number, last: number): Complement {
  let state: Complement = "none";
  for (let k = first + 1; k <= last; k++) {
    const role = complementRole(ctx, k, state);
    if (role !== "end") state = role;
  }
  return state;
}

const nationalBodyTrie = new PhraseTrie<"head">(rules.nationalBodyHeads.map((h) => [h, "head"] as const), { clitics: false });

/**
 * "the Pakistani army", "Egyptian navy": a lower-case head right after a nationality names that
 * state's body; the nationality, read back as the name's first word, makes it specific.
 */
export function nationalBodyAt(ctx: Ctx, i: number): PhraseMatch<"head"> | undefined {
  const { tokens, text } = ctx.doc;
  const t = tokens[i]!;
  if (t.arabic || t.capital || t.kind !== "word" || i === 0) return undefined;
  const owner = possessingState(ctx, i);
  if (owner >= 0) {
    const m = nationalBodyTrie.matchAt(tokens, i, text);
    return m && { ...m, first: owner, start: tokens[owner]!.start, surface: text.slice(tokens[owner]!.start, m.end) };
  }
  const nationality = ctx.placeAt[i - 1];
  if (!nationality?.viaDemonym || nationality.lastToken !== i - 1 || !tokens[i - 1]!.capital) return undefined;
  // "a Chinese coast guard ship", "one Kyrgyz border guard": a body is one of a kind, so after an
  // article of one the words describe a thing or a man of that service.
  if (INDEFINITE_ONE.has(tokens[nationality.firstToken - 1]?.key ?? "")) return undefined;
  return nationalBodyTrie.matchAt(tokens, i, text);
}

const INDEFINITE_ONE = new Set(["a", "an", "one"]);

/** "Iraq's parliament", "Belarus' defense ministry": the first token of the state owning the word at i, or -1. */
export function possessingState(ctx: Ctx, i: number): number {
  const { tokens } = ctx.doc;
  const at = tokens[i - 1]?.key === "s" && isApostropheAt(tokens, i - 2) ? i - 3 : isApostropheAt(tokens, i - 1) && tokens[i - 2]?.key.endsWith("s") ? i - 2 : -1;
  const state = at >= 0 ? ctx.placeAt[at] : undefined;
  return state && state.kind === "country" && !state.viaDemonym && state.lastToken === at ? state.firstToken : -1;
}

/** An apostrophe of the possessive joined to the word before it. A module function: `possessingState` runs at every token. */
function isApostropheAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (t.text === "'" || t.text === "’") && !t.spaceBefore;
}

/**
 * "القيادة الأمريكية في أفريقيا", "القوات الفرنسية في الساحل": a state's body named by the region
 * of several states it serves. The region is part of the name, not a place where the story
 * happens; a state or a city after في ("القوات التركية في سوريا") is where the body is, and stays
 * out. Returns the last token of the region, or -1.
 */
export function theatreAfter(ctx: Ctx, first: number, last: number): number {
  const { tokens } = ctx.doc;
  if (tokens[last + 1]?.key !== "في") return -1;
  const region = ctx.placeAt[last + 2];
  if (!region || region.firstToken !== last + 2 || region.kind !== "region" || region.iso2 || region.viaDemonym) return -1;
  for (let k = first; k <= last; k++) if (ctx.placeAt[k]?.viaDemonym && ctx.placeAt[k]!.iso2) return region.lastToken;
  // "المركز الإقليمي للأمن البحري في غرب أفريقيا": a regional body is named by its region too.
  for (let k = first; k <= last; k++) if (REGIONAL.has(ctx.doc.tokens[k]!.key)) return region.lastToken;
  return -1;
}

const REGIONAL = new Set(["الاقليمي", "الاقليميه"]);

const theatreHeadTrie = new PhraseTrie<"head">(rules.theatreHeads.map((h) => [h, "head"] as const));

const militaryRegionTrie = new PhraseTrie<"region">(rules.militaryRegions.map((h) => [h, "region"] as const));

// "المنطقة العسكرية الشمالية": the side of the state a region covers names it as an ordinal does.
const REGION_SIDES = new Set(["الشمالية", "الجنوبية", "الشرقية", "الغربية", "الوسطى", "المركزية", "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الأوسط"].map((w) => matchKey(w)));

/** The last token of the ordinal or the side ("الشمالية الغربية") naming the region that ends at `last`, or -1. */
function regionNameEnd(tokens: readonly Token[], last: number): number {
  const next = tokens[last + 1];
  if (!next || next.lineStart) return -1;
  if (unitOrdinalKeys.has(next.key)) return last + 1;
  if (!REGION_SIDES.has(next.key)) return -1;
  const more = tokens[last + 2];
  return more && !more.lineStart && REGION_SIDES.has(more.key) ? last + 2 : last + 1;
}

/** "المنطقة العسكرية الرابعة": a military region counted by an ordinal, the area a command answers for. */
function numberedRegionAt(ctx: Ctx, k: number): boolean {
  const region = militaryRegionAt(ctx, k);
  return !!region && !region.clitic;
}

/**
 * "أحبطت المنطقة العسكرية الشمالية محاولة تهريب", "الناحية العسكرية السادسة": a military region
 * named by its number or its side is a body of its own, its units acting under it; the region with
 * neither ("في المنطقة العسكرية") names none.
 */
export function militaryRegionAt(ctx: Ctx, i: number): PhraseMatch<"head"> | undefined {
  const { tokens, text } = ctx.doc;
  const region = militaryRegionTrie.matchAt(tokens, i, text);
  if (!region) return sideFirstRegionAt(ctx, i);
  const last = regionNameEnd(tokens, region.last);
  if (last < 0) return undefined;
  return { value: "head", first: region.first, last, start: region.start, end: tokens[last]!.end, clitic: region.clitic, surface: text.slice(region.start, tokens[last]!.end) };
}

const REGION_NOUNS = new Set(["المنطقة", "الناحية"].map((w) => matchKey(w)));
const MILITARY = matchKey("العسكرية");

/**
 * "المنطقة الجنوبية العسكرية", "والمنطقة الشمالية الغربية العسكرية": the side may come before the
 * word military too; the region is the same body as "المنطقة العسكرية الجنوبية".
 */
function sideFirstRegionAt(ctx: Ctx, i: number): PhraseMatch<"head"> | undefined {
  const { tokens, text } = ctx.doc;
  const t = tokens[i]!;
  // Asked of every token: a plain loop over its kept readings, no closure per call.
  if (t.kind !== "word" || !t.arabic) return undefined;
  let reading: Reading | undefined;
  for (const r of tokenReadings(t)) if (REGION_NOUNS.has(r.key)) {
    reading = r;
    break;
  }
  if (!reading) return undefined;
  let k = i + 1;
  const isSide = (j: number) => !!tokens[j] && !tokens[j].lineStart && REGION_SIDES.has(tokens[j].key);
  if (!isSide(k)) return undefined;
  if (isSide(k + 1)) k++;
  const military = tokens[k + 1];
  if (!military || military.lineStart || military.key !== MILITARY) return undefined;
  const last = k + 1;
  const clitic = reading.alef ? t.text.slice(0, 1) : t.text.slice(0, reading.cut);
  const start = t.start + clitic.length;
  return { value: "head", first: i, last, start, end: tokens[last]!.end, clitic, surface: text.slice(start, tokens[last]!.end) };
}

/**
 * "قيادة المنطقة العسكرية الرابعة" (a region's command, named by its number), "القيادة الأمريكية
 * في أفريقيا": a command word, which alone means "the leadership" too, opens a
 * name when a nationality and the region the command serves follow it.
 */
export function theatreCommandAt(ctx: Ctx, i: number): PhraseMatch<"head"> | undefined {
  const { tokens, text } = ctx.doc;
  if (!tokens[i]!.arabic) return undefined;
  const m = theatreHeadTrie.matchAt(tokens, i, text);
  if (!m) return undefined;
  if (numberedRegionAt(ctx, m.last + 1)) return m;
  if (operationsCommandAt(ctx, m)) return m;
  const nationality = ctx.placeAt[m.last + 1];
  if (!nationality?.viaDemonym || nationality.firstToken !== m.last + 1) return undefined;
  return theatreAfter(ctx, m.first, nationality.lastToken) >= 0 ? m : undefined;
}

// "بيان لقيادة العمليات المشتركة": after the noun of a statement, ل says whose it is.
const STATEMENT_NOUNS = new Set(["بيان", "بيانا", "البيان", "بلاغ", "بلاغا", "تصريح", "إعلان"].map((w) => matchKey(w)));

// "تولى قيادة العمليات": a verb of taking or handing over the command makes it the verbal noun.
const TAKING_COMMAND = new Set(["تولى", "يتولى", "تتولى", "تولي", "تسلم", "يتسلم", "تتسلم", "تسليم", "تسلمت", "تولت"].map((w) => matchKey(w)));

/**
 * "قيادة العمليات المشتركة", "قيادة عمليات نينوى": a command named by the operations it runs,
 * jointly or in a place, is a body (an Iraqi and Syrian form); with ب or ل it is "led by" or "to
 * lead", save ل after a statement's noun ("بيان لقيادة …", the command's statement), and after a
 * verb of taking over it is the act of commanding.
 */
function operationsCommandAt(ctx: Ctx, m: { first: number; last: number; clitic: string }): boolean {
  const { tokens } = ctx.doc;
  const before = tokens[m.first - 1];
  const whoseStatement = m.clitic === "ل" && !!before && tokenReadsAs(before, STATEMENT_NOUNS);
  if (m.first !== m.last || (m.clitic !== "" && m.clitic !== "و" && !whoseStatement)) return false;
  if (before && tokenReadsAs(before, TAKING_COMMAND)) return false;
  const ops = tokens[m.last + 1];
  if (!ops || ops.lineStart) return false;
  if (ops.key === "عمليات") {
    const place = ctx.placeAt[m.last + 2];
    return !!place && !place.viaDemonym && place.firstToken === m.last + 2;
  }
  return ops.key === "العمليات" && tokens[m.last + 2]?.key === "المشتركه";
}

// An outlet's name is read by the metadata ("وكالة أنباء …"); "برئاسة X" is chaired by a person.
const chainlessHeadKeys = new Set([...rules.outletHeads, "رئاسة", "برئاسة"].map((h) => matchKey(h)));
const properNameHeadKeys = new Set(rules.properNameHeads.map((h) => matchKey(h)));
const eponymHeadKeys = new Set(rules.eponymHeads.map((h) => matchKey(h)));

const isDefiniteWord = (ctx: Ctx, k: number): boolean => {
  const t = ctx.doc.tokens[k];
  if (!t || t.kind !== "word" || !t.arabic || t.lineStart) return false;
  if (ctx.placeAt[k]) return !placeAfterConjunction(ctx, k);
  return t.key.startsWith("ال") && t.key.length > 3 && !isStopToken(t);
};

/**
 * "وزارة الدفاع بالقاهرة", "… والرباط": a place printed after و or ب is where the body sits or the
 * next item, not part of its name; a place whose own name starts with those letters ("بورتسموث")
 * is not.
 */
export function placeAfterConjunction(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  const place = ctx.placeAt[k]!;
  const clitic = place.firstToken === k ? ctx.doc.text.slice(t.start, Math.max(t.start, place.start)) : "";
  return /^[وب]/.test(clitic);
}

// "مرافئ", "موانئ": a plural ending in ئ, which the key folds to ي, is a noun, not a nisba adjective.
const HAMZA_ON_YA_END = /ئ[\u064B-\u0652]*$/;
// A noun of the chain, not an adjective (عسكرية، مسلحة), a name (عبد الحميد), a word of position
// ("دورية للجيش قرب بلدة X" says where the patrol was) or a head of its own ("برئاسة أركان قوات
// السلطان": the body is the one the inner head opens).
export const isBareNoun = (ctx: Ctx, k: number): boolean => {
  const t = ctx.doc.tokens[k];
  if (!t || t.kind !== "word" || !t.arabic || t.lineStart || ctx.placeAt[k]) return false;
  if (t.key.startsWith("ال") || /^[وف]/.test(t.key) || t.key.length <= 2 || (/(ي|يه)$/.test(t.key) && !HAMZA_ON_YA_END.test(t.text)) || positionKeys.has(t.key)) return false;
  return !isStopToken(t) && !isGivenName(t) && !NAME_OPENERS.has(t.key) && !rankAt(ctx, k) && !isRoleHeadAt(ctx, k) && !isOrgHeadAt(ctx, k);
};

// The word closing a chain is a noun or a place, never the state's adjective ("مؤسسة عسكرية ليبية")
// nor a word that says what the body is to the story ("حزب تواصل المعارض").
export const closesChain = (ctx: Ctx, k: number): boolean => isDefiniteWord(ctx, k) && !ctx.placeAt[k]?.viaDemonym && !relationKeys.has(ctx.doc.tokens[k]!.key);

/**
 * "هيئة عمليات التجارة البحرية"، "جماعة أنصار الله"، "قوات حفظ السلام": a head followed by one or
 * two bare nouns that a definite word (or a place) closes is a construct chain, which the definite
 * word makes a name. A company-like head (شركة، نادي، جامعة …) is named by one bare word too
 * ("شركة دامن", "جامعة بورتسموث") unless that word is an adjective ("شركة روسية"، "جماعة مسلحة").
 * Returns the chain's last token, or -1.
 */
export function constructChainEnd(ctx: Ctx, headFirst: number, headLast: number): number {
  const head = ctx.doc.tokens.slice(headFirst, headLast + 1).map((t) => t.key).join(" ");
  const proper = readsAs(head, properNameHeadKeys);
  // "أكاديمية ناصر العسكرية", "جامعة زايد": a school or foundation may be named after a person.
  // "كلية الملك X الجوية": a king's or prince's title may stand before the eponym's name.
  const titled = isEponymTitle(ctx.doc.tokens[headLast + 1]?.key ?? "") ? 1 : 0;
  const eponym = readsAs(head, eponymHeadKeys) && (isEponymAt(ctx, headLast + 1 + titled) || opensLineage(ctx, headLast + 1 + titled) || opensKunya(ctx, headLast + 1 + titled));
  if ((!eponym && !isBareNoun(ctx, headLast + 1)) || chainlessHeadKeys.has(ctx.doc.tokens[headFirst]!.key)) return -1;
  // A construct chain opens with an indefinite noun: after "الجيش" or "الوزارة" a bare noun is the
  // verb's object ("نشر الجيش كاميرات", "أعلنت الوزارة تقديم الدعم"), not part of a name.
  // Read through a conjunction or preposition printed on it ("والشرطة لمراقبة حدودهما").
  if (readings(ctx.doc.tokens[headLast]!.key).some((r) => r.key.startsWith("ال"))) return -1;
  if (eponym) return eponymEnd(ctx, headLast + 1 + titled);
  for (let k = headLast + 1; k <= headLast + 2 && isBareNoun(ctx, k); k++) if (closesChain(ctx, k + 1)) return k + 1;
  return proper && !couldAgreeWith(ctx.doc.tokens[headLast]!.key, ctx.doc.tokens[headLast + 1]!.key) ? headLast + 1 : -1;
}


/**
 * "كلية أحمد بن محمد العسكرية": the eponym's name runs on through its father's names. A scholar
 * known by his kunya or his father ("معهد أبو ريحان البيروني"، "مركز ابن سينا") keeps the nisba
 * he is known by too.
 */
function eponymEnd(ctx: Ctx, k: number): number {
  const { tokens } = ctx.doc;
  const kunya = opensKunya(ctx, k);
  let last = kunya ? k + 1 : k;
  while (LINEAGE.has(tokens[last + 1]?.key ?? "") && tokens[last + 2]?.arabic && tokens[last + 2]!.kind === "word" && !tokens[last + 2]!.key.startsWith("ال")) last += 2;
  if (kunya && isNisba(ctx, last + 1)) last++;
  return last;
}

// "أبو ريحان", "ابن سينا": the kunya and the "son of" a scholar or a ruler is known by.
const KUNYA_OPENERS = new Set(["ابو", "ابن"]);

/** A kunya (أبو X) or an "ibn" name (ابن X) at k, its second word bare and no place. */
function opensKunya(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[k];
  const name = tokens[k + 1];
  if (!t || t.kind !== "word" || t.lineStart || !KUNYA_OPENERS.has(t.key)) return false;
  return !!name && name.kind === "word" && name.arabic && !name.lineStart && !name.key.startsWith("ال") && !ctx.placeAt[k + 1] && !isStopToken(name);
}

/** "البيروني", "الرازي": a definite masculine nisba, no place nor demonym the gazetteer knows. */
function isNisba(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k];
  return !!t && t.kind === "word" && t.arabic && !t.lineStart && !ctx.placeAt[k] && t.key.startsWith("ال") && /ي$/u.test(t.key) && !isStopToken(t);
}

/**
 * "كتيبة X بن Y": a bare word and its father's name after بن are a person's name, whether or not
 * the first word is a known given name.
 */
function opensLineage(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[k];
  if (!t || t.kind !== "word" || !t.arabic || t.lineStart || ctx.placeAt[k] || t.key.startsWith("ال")) return false;
  if (!LINEAGE.has(tokens[k + 1]?.key ?? "")) return false;
  const father = tokens[k + 2];
  return !!father && father.kind === "word" && father.arabic && !father.key.startsWith("ال") && !rankAt(ctx, k) && !isRoleHeadAt(ctx, k);
}

/** A given name printed right after a head, with no clitic, rank or title: the person a body is named after. */
function isEponymAt(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.kind !== "word" || !t.arabic || t.lineStart || ctx.placeAt[k] || t.key.startsWith("ال")) return false;
  return isGivenName(t) && !rankAt(ctx, k) && !isRoleHeadAt(ctx, k) && !isOrgHeadAt(ctx, k);
}

/** "جامعة بورتسموث", "نادي الكويت الرياضي": a place right after a company-like head is that body's name, not a place of the story. */
export function namedByPlace(ctx: Ctx, headFirst: number, headLast: number): boolean {
  const head = ctx.doc.tokens.slice(headFirst, headLast + 1).map((t) => t.key).join(" ");
  return !!ctx.placeAt[headLast + 1] && !ctx.placeAt[headLast + 1]!.viaDemonym && readsAs(head, properNameHeadKeys);
}

const relationKeys = new Set(rules.nameBreakers.map((w) => matchKey(w)));

/**
 * Where a name has ended though a definite word follows: a word of relation ("التابع لجامعة …"
 * starts another body), or, after the state's adjective, a definite noun that does not agree
 * ("الجيش العراقي الالتحاق …": the nationality closes the name, the noun begins the clause).
 */
export function nameEndsBefore(ctx: Ctx, k: number, afterNationality: boolean): boolean {
  const t = ctx.doc.tokens[k]!;
  if (relationKeys.has(t.key)) return true;
  // "مدرب المنتخب البحريني الكيني جوزيف …": a second state's adjective before a given name is the
  // man's, who is of another state than the body.
  if (afterNationality && secondStateBeforeName(ctx, k)) return true;
  // "البرلمان الإستوني الحكومة": a head after the state's adjective is the next body, an object.
  if (afterNationality && !ctx.placeAt[k] && t.key.startsWith("ال") && isOrgHeadAt(ctx, k)) return true;
  return afterNationality && !ctx.placeAt[k] && t.key.startsWith("ال") && !AGREEING_ADJECTIVE.test(t.key);
}

function secondStateBeforeName(ctx: Ctx, k: number): boolean {
  const here = ctx.placeAt[k];
  const before = ctx.placeAt[k - 1];
  const next = ctx.doc.tokens[k + 1];
  // "على" printed with its final ى is the preposition, never the given name علي.
  return !!here?.viaDemonym && !!here.iso2 && here.firstToken === k && !!before?.viaDemonym && !!before.iso2 && before.iso2 !== here.iso2 && !!next && next.text !== "على" && (isGivenName(next) || bareNameWord(next));
}

/**
 * A word with no article, clitic or particle on it, as a foreign given name is printed ("جوزيف"); a
 * noun with a pronoun on it ("اجتماعها") is the object the sentence goes on with.
 */
function bareNameWord(t: Token): boolean {
  return t.kind === "word" && t.arabic && !t.lineStart && !isStopToken(t) && !/^(ال|لل|ل|ب|و|ف)/.test(t.key) && !/(ها|هما|هم)$/.test(t.key);
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,6}$/;
const notBodyAcronyms = new Set(rules.notBodyAcronyms);

/**
 * "state oil marketer SOMO", "producers such as DNO": a capitalised acronym acting in an English
 * sentence names a body, unless it is a place, an outlet, a unit or time word, a numeral, a short
 * form given for the name before it ("known as AUSSOM", "(APIKUR)"), or the initials of a site the
 * story names (src/organizations/site-acronyms.ts).
 */
export function acronymBodyAt(ctx: Ctx, i: number, isOutletName: (s: string) => boolean): PhraseMatch<"head"> | undefined {
  const { tokens } = ctx.doc;
  const t = tokens[i]!;
  if (ctx.doc.language !== "en" || t.arabic || t.kind !== "word" || t.lineStart || !ACRONYM.test(t.text) || ctx.placeAt[i]) return undefined;
  if (shortFormsOf(ctx).has(t.text)) return undefined;
  if (notBodyAcronyms.has(t.text) || /^[IVX]+$/.test(t.text) || isOutletName(t.text) || opensAbbreviatedCity(tokens, i) || spellsSiteName(ctx.doc, t.text)) return undefined;
  // "UH-60M", "F-16": letters joined to a number by a hyphen are the designation of a model of
  // aircraft, vehicle or weapon, not a body; "RM1.9 billion": printed against a number, a currency.
  const next = tokens[i + 1];
  if (next?.text === "-" && !next.spaceBefore && /^[0-9]/.test(tokens[i + 2]?.text ?? "") && !tokens[i + 2]!.spaceBefore) return undefined;
  if (next && !next.spaceBefore && /^[0-9]/.test(next.text)) return undefined;
  // "NZ$14.5 million": letters against a dollar sign say whose dollar it is.
  if (next?.text === "$" && !next.spaceBefore) return undefined;
  const prev = tokens[i - 1];
  // "83MW", "400KV": letters printed against the number before them are its unit.
  if (prev?.kind === "num" && !t.spaceBefore) return undefined;
  // "08 OCTOBER 2030": a month in capitals on a dateline.
  if (isCalendarWord(t)) return undefined;
  // After "known as" it is the short form of a name before; after "such as" one body of a kind listed.
  const namedAs = prev?.key === "as" && tokens[i - 2]?.key !== "such";
  if (prev && (prev.text === "(" || namedAs || prev.text === "-" || !prev.spaceBefore && prev.kind !== "word")) return undefined;
  // Inside a run of capitals (a headline or dateline in upper case) it is no acronym.
  if ((prev?.kind === "word" && prev.text === prev.text.toUpperCase() && !prev.arabic) || (tokens[i + 1]?.kind === "word" && !tokens[i + 1]!.arabic && tokens[i + 1]!.text === tokens[i + 1]!.text.toUpperCase())) return undefined;
  return { value: "head", first: i, last: i, start: t.start, end: t.end, clitic: "", surface: t.text };
}

/** Acronyms printed in parentheses after a name ("Jordan Armed Forces (JAF)"): aliases of that name wherever they recur. */
const shortFormsOfDoc = keptPerObject((doc: Ctx["doc"]) => {
  const set = new Set<string>();
  const { tokens } = doc;
  for (let k = 1; k + 1 < tokens.length; k++) if (tokens[k - 1]!.text === "(" && tokens[k + 1]!.text === ")" && ACRONYM.test(tokens[k]!.text)) set.add(tokens[k]!.text);
  return set;
});
const shortFormsOf = (ctx: Ctx): Set<string> => shortFormsOfDoc(ctx.doc);

/**
 * "رئيس هيئة …", "head of the Maltese navy": a body printed right after a title word is part of
 * that title; the article lists it only where it is named for itself.
 */
export function qualifiesTitleBefore(ctx: Ctx, first: number): boolean {
  const { tokens, text } = ctx.doc;
  let end = first - 1;
  if (!tokens[first]!.arabic) {
    if (tokens[end]?.key === "the") end--;
    if (tokens[end]?.key !== "of") return false;
    end--;
  }
  // "officials of the Red Cross" are its people, not one person's title.
  if (!tokens[first]!.arabic && pluralRoleKeys.has(tokens[end]?.key ?? "")) return false;
  if (followsPluralTitle(tokens, first)) return false;
  for (let j = end; j >= 0 && j >= end - 2; j--) if (roleHeadTrie.matchAt(tokens, j, text)?.last === end) return true;
  return false;
}

/**
 * 'شركة فينكانتييري الإيطالية', 'شركة نافال سول البرازيلية', 'مجموعة X للطاقة الهندية' (its trade
 * between): a foreign name written in Arabic letters after an indefinite head has no article to
 * show where it ends; the nationality that closes it does. The last token of that nationality, or -1 when the words after the head are no
 * such name (a definite word, a particle, a place, a title or another body comes first).
 */
export function foreignNameToNationality(ctx: Ctx, j: number): number {
  const { tokens } = ctx.doc;
  let trade = false;
  for (let k = j; k < tokens.length && k - j <= 3; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !t.arabic || t.lineStart) return -1;
    const place = ctx.placeAt[k];
    if (place?.viaDemonym) return k > j && place.firstToken === k ? place.lastToken : -1;
    // "مجموعة X للطاقة الهندية": the trade after لل stands between the name and its nationality.
    if (k > j && !trade && !place && /^لل.{3}/.test(t.key)) {
      trade = true;
      continue;
    }
    if (place || isStopToken(t) || t.key.startsWith("ال") || rankAt(ctx, k) || isRoleHeadAt(ctx, k) || isOrgHeadAt(ctx, k)) return -1;
  }
  return -1;
}

// Particles of European names written in Arabic letters ("دي لاس", "فان", "دوس").
const FOREIGN_PARTICLES = new Set(["دي", "دا", "دو", "ديل", "دوس", "داس", "لوس", "لاس", "لا", "فان", "فون", "دير"]);

/**
 * "شركة أستيليروس دي لاس أميريكاس": a foreign name read up to token k goes on through particles
 * and the word they introduce. The last token of the name.
 */
export function foreignParticlesEnd(ctx: Ctx, k: number): number {
  const { tokens } = ctx.doc;
  let last = k;
  let j = k + 1;
  while (tokens[j]?.arabic && !tokens[j]!.lineStart && FOREIGN_PARTICLES.has(tokens[j]!.key)) j++;
  if (j > last + 1 && isBareNoun(ctx, j)) last = j;
  return last;
}

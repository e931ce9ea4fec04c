import { keptPerString } from "../text/kept-per-string";
import rules from "../rules/organizations.json";
import type { Ctx } from "../persons/anchor-spans";
import { isRoleHeadAt } from "../persons/head-lookups";
import { rankAt } from "../persons/ranks";
import { opensWithVesselPrefix } from "../persons/eponyms";
import { isCalendarWord, isStopToken, pluralRoleKeys, roleContinuerKeys } from "../persons/vocabulary";
import type { Token } from "../text/tokens";
import { PhraseTrie, type PhraseMatch } from "../text/phrase-trie";
import { matchKey } from "../text/normalize";
import { readings, readsAs, tokenize, tokenReadings, tokenReadsAs } from "../text/tokens";
import { CLOSING_QUOTES, quotedNameEnd } from "../text/quotes";
import { knownOutlet } from "../metadata/outlets";
import { findPlaceHits } from "../places/gazetteer";
import { joinSeats } from "./seats";
import { courtOfPanel } from "./court-panels";
import { isVerbalNounHead, runsOccasion } from "./verbal-noun-heads";
import { committeeFieldKeys, jointCommitteeHolds, jointSecondPartyEnd } from "./joint-committees";
import { rulingBodyEnd } from "./ruling-bodies";
import { isMissionTroops, isStateGovernment, isStateTroops, isTroopsDescribed } from "./state-only";
import { governmentActs } from "./government-party";
import { departmentHeadAt } from "./departments";
import { isPurposeDescription, kindHeadAt, purposeObjectEnd, trainingObjectEnd } from "./purpose";
import { englishNameGoesOnAfterAnd, joinsFieldAfterAnd } from "./across-and";
import { agreesAsNationality } from "./nationality-after-head";
import { definiteHeadEndsBefore, isDefiniteHeadAlone } from "./definite-head";
import { agreesWithMembersBefore } from "./members-adjective";
import { negatedAdjectiveAt } from "./negated-adjectives";
import { eponymOfSiteEnd } from "./eponym-complements";
import { managesEstablishment } from "./management-of-body";
import { jointTeamHeadAt } from "./joint-teams";
import { concernedWithEnd } from "./concerned-with";
import { bodyTeamHeadAt, isBodyTeamHead } from "./body-teams";
import { acronymBodyAt, complementOf, couldAgreeWith, complementRole, constructChainEnd, foreignNameToNationality, foreignParticlesEnd, militaryRegionAt, nameEndsBefore, namedByPlace, nationalBodyAt, placeAfterConjunction, possessingState, qualifiesTitleBefore, theatreAfter, theatreCommandAt, type Complement } from "./extent";
import { ROMANCE_ARTICLES, ROMANCE_OF } from "../text/romance-particles";
import { ENGLISH_ARTICLES } from "../text/english-marks";
import { bodyOfDivision, regionNounBeforePlace } from "./region-noun-before-place";
import { troupeNameAt } from "./troupes";
import { qualifiesNounAfter } from "./attributive-names";

/**
 * Organizations: a head (القوات المسلحة، وزارة، حكومة، مجلس، Ministry …) and the words that name
 * it (the state, the branch, the sector), or a fixed name (الأمم المتحدة، NATO). A head alone or
 * with only a generic adjective ("القيادة العامة") is a title, not a name, and is skipped.
 */

export interface OrgMention {
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
  /** A listed name, or one that holds a place of its own ("… في أفريقيا"): places inside it are no places of the story. */
  fixed: boolean;
  /** Printed as part of a title ("رئيس هيئة …", "the foreign ministry spokesman"), not named for itself. */
  inTitle: boolean;
  /** The body a force or mission that goes by a quoted name of its own serves under (src/organizations/quoted-own-names.ts). */
  servesUnder?: string;
  /** A party to an agreement the article tells of, a body of the story even where a title names it (a museum that signs, src/organizations/museums.ts). */
  signs?: boolean;
}

export interface OrgRead {
  name: string;
  country: string | null;
  mentions: { start: number; end: number; surface: string }[];
}

const indefiniteAdjectiveKeys = new Set(rules.indefiniteAdjectives.map((w) => matchKey(w)));
// The company heads are the rules' alone: the tagger reads heads.ar and heads.en as cues.
const headTrie = new PhraseTrie<"head">([...rules.heads.ar, ...rules.heads.en, ...rules.unitHeads, ...rules.companyHeads.en, ...rules.regimentHeads, ...rules.fieldOnHeads, ...rules.completeServiceNames].map((h) => [h, "head"] as const));
const completeServiceKeys = new Set(rules.completeServiceNames.map((h) => matchKey(h)));
const unitHeadKeys = new Set(rules.unitHeads.map((h) => matchKey(h)));
const listedBodies: { country: string | null; names: string[] }[] = [...rules.companies, ...rules.armedGroups, ...rules.legislatures, ...rules.stateBodies, ...rules.rulerNamedForces];
const fixedTrie = new PhraseTrie<"fixed">([...rules.fixed.ar, ...rules.fixed.en, ...listedBodies.flatMap((c) => c.names)].map((h) => [h, "fixed"] as const));
const listedState = new Map(listedBodies.flatMap((c) => c.names.map((n) => [matchKey(n), c.country] as const)));

/**
 * The state of a listed company or armed group (Lockheed Martin → US, أسيلسان → TR, طالبان → AF;
 * داعش → null, it works across states), also when a head opens the name ("شركة أسيلسان", "حكومة
 * طالبان"); undefined for a body no list holds.
 */
// Asked of every body's name for every role that holds it (persons/stateless-offices.ts) and for the
// article's bodies: the same few names come back, and each answer tokenizes the name.
export const listedBodyState = keptPerString(computeListedBodyState);

function computeListedBodyState(name: string): string | null | undefined {
  const k = matchKey(name);
  if (listedState.has(k)) return listedState.get(k);
  // "تنظيم داعش في الصحراء الكبرى": a branch named by where it fights is the group's.
  const branch = name.indexOf(" في ");
  if (branch > 0) return listedBodyState(name.slice(0, branch));
  const words = tokenize(name);
  const head = headTrie.matchAt(words, 0, name);
  const rest = head && words[head.last + 1] ? matchKey(name.slice(words[head.last + 1]!.start)) : "";
  return rest && listedState.has(rest) ? listedState.get(rest) : undefined;
}
const generic = new Set(rules.genericAdjectives.map((w) => matchKey(w)));
const international = new Set(rules.international.map((w) => matchKey(w)));
const FIELD_CONTINUERS = new Set(["دفاع", "داخلية", "خارجية"].map((w) => matchKey(w)));
const NON_DEFINITE_CONTINUERS = new Set(["شرق", "غرب", "شمال", "جنوب", "الدفاع", ...FIELD_CONTINUERS].map((w) => matchKey(w)));

// "القوات المسلحة لكلا البلدين": both or each of the states, owning the forces, too.
const STATES_OWNING = /^و?(لل(دول|بلدان|بلدين|دولتين)|لكلا|لكلتا|لكل)$/u;

/** A name read up to the states owning the body ("القوات المسلحة لكلا") stops short of any name. */
export function endsOnOwningStates(tokens: readonly Token[], last: number): boolean {
  return STATES_OWNING.test(tokens[last]!.key);
}

// "Zimbabwe Republic Police": a word of a state's style, a stop of a person's name, is a word of a body's.
const STATE_STYLE_WORDS = new Set(["republic"]);

const LATIN_FUNCTION = new Set(["the", "a", "an", "in", "on", "at", "said", "says", "and", "his", "her"]);

const sideMemberKeys = new Set(rules.sideMemberWords.map((w) => matchKey(w)));
const legislatureKeys = new Set(rules.legislatureHeads.map((h) => matchKey(h)));

/**
 * "a notice to Congress", "a majority in the Senate", "tabled in Parliament": a legislature's head printed alone and
 * capitalized is that body's name; before a noun it qualifies the noun ("the Senate defense committee").
 */
function namesLegislature(tokens: readonly Token[], m: { first: number; last: number }, last: number): boolean {
  const t = tokens[m.first]!;
  if (m.first !== m.last || last !== m.last || t.arabic || !t.capital || !legislatureKeys.has(t.key)) return false;
  const next = tokens[last + 1];
  return !next || next.kind !== "word" || next.lineStart || LATIN_FUNCTION.has(next.key) || AUXILIARIES.has(next.key);
}

// "Parliament should be told", "Congress has approved": an auxiliary after the head opens its verb.
const AUXILIARIES = new Set(["should", "would", "will", "shall", "must", "may", "might", "can", "could", "has", "had", "have", "is", "was", "did", "does"]);

const fieldOnHeadKeys = new Set(rules.fieldOnHeads.map((h) => matchKey(h)));

/**
 * "Joint Commission on Defence and Security", "Council on Foreign Relations": a deliberative
 * body is named by the field it sits on; "on" before a day ("the Commission on Monday") is the
 * sentence's.
 */
function namesFieldOn(ctx: Ctx, m: { first: number; last: number }, j: number): boolean {
  const { tokens } = ctx.doc;
  // "International Conference on the Great Lakes Region": the field may be a region with its article.
  const the = tokens[j + 1]?.key === "the" && !!tokens[j + 2]?.capital ? 1 : 0;
  const next = tokens[j + 1 + the];
  if (tokens[j]?.key !== "on" || !next?.capital || next.kind !== "word" || next.lineStart || isCalendarWord(next) || (ctx.placeAt[j + 1] && !the)) return false;
  return fieldOnHeadKeys.has(tokens[m.last]!.key);
}

/**
 * "Clube Naval de Ponta Delgada", "Comandos de la Frontera": a Romance name goes on over its "of"
 * (and the article after it) when a capitalized word follows.
 */
function romanceParticleInName(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  const next = tokens[k + 1];
  if (ROMANCE_OF.has(key)) return !!next?.capital || (ROMANCE_ARTICLES.has(next?.key ?? "") && !!tokens[k + 2]?.capital);
  return ROMANCE_ARTICLES.has(key) && ROMANCE_OF.has(tokens[k - 1]?.key ?? "") && !!next?.capital;
}

function continues(ctx: Ctx, k: number, latin: boolean, firstAfterHead: boolean): boolean {
  const t = ctx.doc.tokens[k];
  if (!t || t.lineStart || t.kind !== "word") return false;
  if (rankAt(ctx, k)) return false;
  // "في صفوف المنتخب الوطني اللاعبة X": what a player plays as opens the player's name.
  if (sideMemberKeys.has(t.key)) return false;
  // "قوات السلطان المسلحة": a title right after the head belongs to the name.
  if (isRoleHeadAt(ctx, k) && !(firstAfterHead && t.key.startsWith("ال"))) return false;
  // "كأس العالم FIFA قطر 2022": a Latin name printed in Arabic copy ends where the script changes.
  if (latin && t.arabic) return false;
  if (latin) return (t.capital && !LATIN_FUNCTION.has(t.key)) || ["of", "for"].includes(t.key) || (t.key === "the" && !!ctx.doc.tokens[k + 1]?.capital) || !!ctx.placeAt[k] || romanceParticleInName(ctx.doc.tokens, k);
  // "وزارة الدفاع المصرية بالقاهرة": a place after ب or و is where the body sits, not its name.
  if (ctx.placeAt[k]) return !placeAfterConjunction(ctx, k);
  if (regionNounBeforePlace(ctx, k)) return true;
  // "لجنة التعاون العسكري": a field noun the name stops hold, right after the head (joint-committees.ts).
  if (firstAfterHead && committeeFieldKeys.has(t.key)) return true;
  // "إدارة الجمارك والضرائب غير المباشرة": غير before a definite adjective negates it, in the name.
  if (negatedAdjectiveAt(ctx.doc.tokens, k)) return true;
  if (isStopToken(t)) return false;
  if (/^(و|ب)/.test(t.key) && !readings(t.key).some((r) => r.key === t.key && t.key.startsWith("ال"))) return false;
  // "المحكمة ألزمت …": the article is written ال, never with a hamza; a word printed أل/إل is a
  // verb or a foreign word after the name, though its folded key reads as a definite one.
  if (t.key.startsWith("ال") && t.key.length > 3) return !/^[أإآ]/.test(t.text);
  // "القوات البحرية للدول الثلاث": the states owning the forces describe them, no part of a name.
  if (STATES_OWNING.test(t.key)) return false;
  if (/^(لل|ل)/.test(t.key) && t.key.length > 3) return true;
  return NON_DEFINITE_CONTINUERS.has(t.key);
}

/**
 * "Senior Superintendent of Police X Y": a head word that a rank before a name ends on is the rank's
 * field, not a body named by the name after it.
 */
function withinRank(ctx: Ctx, first: number, last: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const r = rankAt(ctx, k);
    if (r && r.last >= last) return true;
  }
  return false;
}

const COMMAND = matchKey("قيادة");

/** A service's command (a listed whole name opening with قيادة) printed before the state's nationality. */
function commandOfStateForce(ctx: Ctx, m: { first: number; last: number; surface: string }): boolean {
  const { tokens } = ctx.doc;
  if (m.last === m.first || tokens[m.first]!.key.replace(/^[وبل]/, "") !== COMMAND || !completeServiceKeys.has(matchKey(m.surface))) return false;
  const nationality = ctx.placeAt[m.last + 1];
  return !!nationality?.viaDemonym && nationality.firstToken === m.last + 1;
}

/** True when the word before an "and" can be part of the same English name: no place, head, listed name or acronym ends there. */
function joinsNameAcrossAnd(ctx: Ctx, k: number): boolean {
  const { tokens, text } = ctx.doc;
  const t = tokens[k];
  if (!t?.capital || ctx.placeAt[k] || LATIN_FUNCTION.has(t.key) || t.text === t.text.toUpperCase()) return false;
  if (headTrie.matchAt(tokens, k, text)) return false;
  for (let f = k; f >= 0 && f >= k - 4; f--) if (fixedTrie.matchAt(tokens, f, text)?.last === k) return false;
  return true;
}

const quotedNameHeadKeys = new Set(rules.properNameHeads.map((h) => matchKey(h)).filter((k) => !k.startsWith("ال")));
const QUOTE_MARKS = /["«»“”]/g;

/**
 * "مع مجموعة X للطاقة الهندية": a noun of a named body that is no head of the lists (مجموعة names
 * groups of things too: "مجموعة الأغذية") opens a body when a foreign name its nationality closes
 * follows it.
 */
function foreignNamedHeadAt(ctx: Ctx, i: number): PhraseMatch<"head"> | undefined {
  const t = ctx.doc.tokens[i]!;
  if (!t.arabic || t.kind !== "word") return undefined;
  const bare = tokenReadings(t).find((r) => quotedNameHeadKeys.has(r.key) && !oneWordHeadKeys.has(r.key));
  if (!bare || foreignNameToNationality(ctx, i + 1) < 0) return undefined;
  const clitic = t.text.length - bare.key.length;
  return { value: "head", first: i, last: i, start: t.start + clitic, end: t.end, clitic: t.text.slice(0, clitic), surface: t.text.slice(clitic) };
}

/** One or two words in parentheses right after token `k`: a short form of the name ending at k. */
function shortFormAfter(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.text !== "(") return false;
  for (let j = k + 2; j <= k + 4 && j < tokens.length; j++) {
    if (tokens[j]!.text === ")") return j > k + 2;
    if (tokens[j]!.kind !== "word") return false;
  }
  return false;
}


/**
 * "قوات حرس الحدود", "مصلحة خفر السواحل": an indefinite head in construct with a head of two words
 * that a definite word closes is one name, the outer body the inner service is.
 */
function innerHeadAfter(tokens: readonly Token[], m: { first: number; last: number }, text: string) {
  const t = tokens[m.first]!;
  if (!t.arabic || m.first !== m.last || readings(t.key).some((r) => r.key.startsWith("ال"))) return undefined;
  const inner = headTrie.matchAt(tokens, m.last + 1, text);
  if (!inner || inner.clitic || inner.last === inner.first || !tokens[inner.last]!.key.startsWith("ال")) return undefined;
  return inner;
}

const adjectivalHeadKeys = new Set(rules.adjectivalHeads.map((h) => matchKey(h)));
const anaphoricHeadKeys = new Set(rules.anaphoricHeads.map((h) => matchKey(h)));
const fieldNamedHeadKeys = new Set(rules.fieldNamedHeads.ar.map((h) => matchKey(h)));
const bodyMissionKeys = new Set(rules.bodyMissionHeads.map((h) => matchKey(h)));
const oneWordHeadKeys = new Set(rules.heads.ar.map((h) => matchKey(h)).filter((k) => !k.includes(" ")));

/**
 * "الممرات البحرية", 'مناورات "X" البحرية': a head that is also an adjective qualifies the definite
 * noun or the quoted name right before it. Before the navy stands a verb, a particle, a title or a
 * noun in construct ("قائد البحرية"), none of them definite.
 */
function qualifiesNounBefore(ctx: Ctx, m: { first: number; last: number }): boolean {
  const { tokens } = ctx.doc;
  if (m.first !== m.last || !adjectivalHeadKeys.has(tokens[m.first]!.key)) return false;
  const before = tokens[m.first - 1];
  if (!before || tokens[m.first]!.lineStart) return false;
  // A closing quote is printed against the word it ends, not against the head.
  if (CLOSING_QUOTES.has(before.text)) return !before.spaceBefore && tokens[m.first]!.spaceBefore;
  const k = m.first - 1;
  const definite = before.arabic && readings(before.key).some((r) => r.key.startsWith("ال") && r.key.length > 3);
  return definite && !ctx.placeAt[k] && !isStopToken(before) && !rankAt(ctx, k) && !isRoleHeadAt(ctx, k) && !headTrie.matchAt(tokens, k, ctx.doc.text);
}

/**
 * "القاعدة البحرية بصفاقس": a tagged body that opens with a head that is also an adjective, right
 * after a definite noun that is no head, is that noun qualified ("the naval base"), no body; after
 * a head the pair names one ("القوة البحرية"), which the rules read.
 */
export function opensWithAdjectiveOfNounBefore(ctx: Ctx, first: number): boolean {
  const before = ctx.doc.tokens[first - 1];
  if (!before || !qualifiesNounBefore(ctx, { first, last: first })) return false;
  return !readings(before.key).some((r) => r.key.startsWith("ال") && oneWordHeadKeys.has(r.key.slice(2)));
}

/**
 * A listed name in construct after an indefinite noun that is no head ("بعثات الأمم المتحدة",
 * "عمليات الاتحاد الأفريقي"): what follows with ل is what that noun is for, no part of the name.
 */
function inConstructAfterNoun(ctx: Ctx, first: number): boolean {
  const before = ctx.doc.tokens[first - 1];
  if (!before || before.kind !== "word" || !before.arabic || ctx.doc.tokens[first]!.lineStart || ctx.placeAt[first - 1]) return false;
  if (isStopToken(before) || readings(before.key).some((r) => r.key.startsWith("ال")) || rankAt(ctx, first - 1) || isRoleHeadAt(ctx, first - 1)) return false;
  return !headTrie.matchAt(ctx.doc.tokens, first - 1, ctx.doc.text);
}

/**
 * A head that points back at a body named before and names none: "الشركة السعودية" (described by
 * its nationality, `iso` its state) or "الشركة للسفن الحربية" (its head noun said again, `iso` null).
 */
export interface BodyAnaphor {
  first: number;
  last: number;
  iso: string | null;
}

/** What the organization reader reads in a document: the bodies it names, and the anaphors that name none. */
export interface OrganizationsRead {
  mentions: OrgMention[];
  anaphors: BodyAnaphor[];
}

/** The organizations of the context: those the pipeline read, or read now for a context built without them. */
export function organizationsOf(ctx: Ctx): OrganizationsRead {
  return (ctx.organizations ??= readOrganizations(ctx));
}

export function findOrganizations(ctx: Ctx): OrgMention[] {
  return readOrganizations(ctx).mentions;
}

export function readOrganizations(ctx: Ctx): OrganizationsRead {
  const { tokens, text } = ctx.doc;
  const out: OrgMention[] = [];
  const anaphors: BodyAnaphor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const troupe = troupeNameAt(ctx, i);
    if (troupe) {
      out.push({ ...troupe, inTitle: false, fixed: true });
      i = troupe.last;
      continue;
    }
    const fixed = fixedTrie.matchAt(tokens, i, text);
    const region = militaryRegionAt(ctx, i);
    const head = region ?? headTrie.matchAt(tokens, i, text) ?? kindHeadAt(ctx, i) ?? departmentHeadAt(ctx, i) ?? jointTeamHeadAt(ctx, i) ?? bodyTeamHeadAt(ctx, i, (k) => !!fixedTrie.matchAt(tokens, k, text)) ?? foreignNamedHeadAt(ctx, i);
    const byNationality = nationalBodyAt(ctx, i) ?? (fixed || head ? undefined : theatreCommandAt(ctx, i));
    // "INS X": a navy's prefix opens a ship's name, no body.
    const acronym = fixed || head || byNationality || opensWithVesselPrefix(tokens, i) ? undefined : acronymBodyAt(ctx, i, isOutlet);
    if (!fixed && !head && !byNationality && !acronym) continue;
    let m = byNationality ?? acronym ?? (fixed && (!head || fixed.last >= head.last) ? fixed : head!);
    if (m === fixed && qualifiesNounAfter(tokens, m.first, m.last)) continue;
    if (m === head && withinRank(ctx, m.first, m.last)) continue;
    if (m === head && managesEstablishment(ctx, m)) continue;
    // "قيادة الجيش اللبناني": the command of a force named with its state is that state's force,
    // read from the force's word on; "بيان لقيادة الجيش" names the command alone.
    if (m === head && commandOfStateForce(ctx, m)) continue;
    if (m === head && qualifiesNounBefore(ctx, m)) {
      // "القوة البحرية الكويتية": the noun it qualifies is a head itself, the pair names the body.
      const before = tokens[i - 1]!;
      if (!readings(before.key).some((r) => r.key.startsWith("ال") && oneWordHeadKeys.has(r.key.slice(2)))) continue;
      m = { ...m, first: i - 1, start: before.start, surface: text.slice(before.start, m.end) };
    }
    const latin = !tokens[i]!.arabic;
    const inner = m === head ? innerHeadAfter(tokens, m, text) : undefined;
    if (inner) m = { ...m, last: inner.last, end: inner.end, surface: text.slice(m.start, inner.end) };
    // A listed name is a name in lower case too ("al-Shabaab").
    if (latin && !tokens[i]!.capital && !byNationality && m !== fixed) continue;
    let last = m.last;
    let absorbed = !!acronym || !!inner || m === region;
    // A listed name may end inside its complement ("الاتحاد الدولي لكرة القدم").
    let complement: Complement = latin ? "none" : complementOf(ctx, m.first, m.last);
    // A listed name is complete: only adjectives that agree with it follow ("مجلس الأمن الدولي"); a
    // noun after it is the sentence going on ("أدانت الأمم المتحدة الهجوم", "تبنت حماس الهجوم").
    if (!latin && m === fixed && complement === "none") complement = "adjectives";
    let j = m.last + 1;
    const foreign = !latin && m === head && m.first === m.last && quotedNameHeadKeys.has(tokens[m.first]!.key) ? foreignNameToNationality(ctx, m.last + 1) : -1;
    if (foreign >= 0) absorbed = true;
    const chain = latin || m === fixed || foreign >= 0 || fixedTrie.matchAt(tokens, m.last + 1, text) ? -1 : constructChainEnd(ctx, m.first, m.last);
    if (m === head && (isVerbalNounHead(ctx, m) || runsOccasion(ctx, m))) continue;
    // "كتيبة مشاة": a unit's noun names a body only with the person it is named after.
    if (m === head && chain < 0 && m.first === m.last && unitHeadKeys.has(tokens[m.first]!.key)) continue;
    if (m === head && chain >= 0 && m.first === m.last && isPurposeDescription(ctx, m.first)) {
      i = chain;
      continue;
    }
    if (chain >= 0) {
      last = foreignParticlesEnd(ctx, chain);
      j = last + 1;
      absorbed = true;
      // A chain closed by a definite noun is complete ("جماعة أنصار الله"): only adjectives that
      // agree with it follow ("… البحرية البريطانية"); another noun is the sentence going on
      // ("تبنت جماعة أنصار الله الهجوم").
      if (!ctx.placeAt[chain] && tokens[chain]!.key.startsWith("ال")) complement = "adjectives";
    }
    let afterNationality = false;
    const purposeOfNounBefore = !latin && m === fixed && inConstructAfterNoun(ctx, m.first);
    while (j < tokens.length && j - i < 10) {
      if (foreign >= 0) {
        last = foreign;
        break;
      }
      // "NATO-led", "Lukoil-owned": a participle in lower case after the hyphen says what the body does.
      if (latin && tokens[j]!.text === "-" && !tokens[j]!.spaceBefore && tokens[j + 1] && !tokens[j + 1]!.spaceBefore && (tokens[j + 1]!.capital || tokens[j + 1]!.kind !== "word")) {
        last = j + 1;
        j += 2;
        continue;
      }
      // "حكومة كانتون الشمال-الغربي": two Arabic words joined by a hyphen with no space are one
      // compound name (a region named after two places or parts), not the name's end.
      if (!latin && tokens[j]!.text === "-" && !tokens[j]!.spaceBefore && tokens[j - 1]!.arabic && tokens[j + 1]?.arabic && !tokens[j + 1]!.spaceBefore) {
        last = j + 1;
        j += 2;
        continue;
      }
      // "(JAF)" right after a Latin name.
      if (latin && tokens[j]!.text === "(" && tokens[j + 2]?.text === ")" && tokens[j + 1]!.kind === "word" && tokens[j + 1]!.text === tokens[j + 1]!.text.toUpperCase()) {
        last = j + 2;
        break;
      }
      // 'شركة "ديلتا مارين"', "مؤسسة «النور»": a name in quotes right after the head is the whole name.
      // Only after an indefinite head of a named body: "المجلس \"يتابع بقلق\"" quotes what a body said.
      const quoted = !latin && j === m.last + 1 && m === head && m.first === m.last && quotedNameHeadKeys.has(tokens[m.first]!.key) ? quotedNameEnd(tokens, j) : -1;
      if (quoted >= 0) {
        // 'شركة "فالكان" الصربية': the nationality after the quotes says whose the body is.
        last = ctx.placeAt[quoted + 1]?.viaDemonym ? ctx.placeAt[quoted + 1]!.lastToken : quoted;
        absorbed = true;
        break;
      }
      // 'Military Academy "General Ivan Petrov"': a capitalized name quoted right after an English head is the name it bears.
      const latinQuoted = latin && j === last + 1 && m === head ? quotedNameEnd(tokens, j) : -1;
      if (latinQuoted >= 0 && tokens.slice(j + 1, latinQuoted).every((t) => t.capital)) {
        last = latinQuoted;
        absorbed = true;
        break;
      }
      // A new head after و starts another organization.
      if (tokens[j]!.key.startsWith("و") && headTrie.matchAt(tokens, j, text)) break;
      // "شركة لوكهيد مارتن": a listed name after the head is the rest of the name.
      const named = j === m.last + 1 && m !== fixed ? fixedTrie.matchAt(tokens, j, text) : undefined;
      if (named && !named.clitic) {
        last = named.last;
        absorbed = true;
        // "بعثة الاتحاد الأفريقي للدعم والاستقرار": a body's mission goes on with what it is for.
        if (!tokenReadsAs(tokens[m.first]!, bodyMissionKeys) && !(m === head && isBodyTeamHead(tokens[m.first]!))) break;
        j = last + 1;
        continue;
      }
      // "United Nations Mission in South Sudan": a mission is named after the state it serves in; a
      // mission in lower case ("the X mission in Kabul") is described, the town where it served.
      if (latin && tokens[j]!.key === "in" && tokens[j - 1]!.key === "mission" && tokens[j - 1]!.capital && ctx.placeAt[j + 1]) {
        last = ctx.placeAt[j + 1]!.lastToken;
        break;
      }
      // "وزارة الدفاع والإنتاج الحربي", "University of Arts and Sciences": a field joined by and.
      if (!latin && last === j - 1 && joinsFieldAfterAnd(ctx, m.first, m.last, j)) {
        last = j++;
        continue;
      }
      const afterAnd = latin && last === j - 1 ? englishNameGoesOnAfterAnd(ctx, j) : -1;
      if (afterAnd >= 0) {
        last = afterAnd;
        break;
      }
      if (latin && namesFieldOn(ctx, m, j)) {
        // The region a body sits on ("… on the Great Lakes Region") is part of its name, no place of the story.
        absorbed = true;
        last = j++;
        continue;
      }
      // "معهد التدريب على عمليات حفظ السلام": the training's field after على is in the name.
      const trained = !latin && m === head && last === j - 1 && last > m.last ? trainingObjectEnd(ctx, last) : -1;
      if (trained >= 0) {
        last = trained;
        break;
      }
      // "المجلس العسكري الحاكم في ميانمار": a council of a kind alone is named by ruling and its state.
      const ruled = !latin && m === head && last === j - 1 ? rulingBodyEnd(ctx, m.last, last) : -1;
      if (ruled >= 0) {
        last = ruled;
        break;
      }
      // "اللجنة الوزارية لدراسة صادرات المعدات": a kind and a purpose name the body together.
      const purposeEnd = !latin && complement === "genitive" && last === j - 1 ? purposeObjectEnd(ctx, m.last, last) : -1;
      if (purposeEnd >= 0) {
        last = purposeEnd;
        complement = "adjectives";
        j = last + 1;
        continue;
      }
      // "بعثات الأمم المتحدة لحفظ السلام": the missions are for keeping the peace, the body is named whole.
      if (purposeOfNounBefore && /^ل(?!ل)/.test(tokens[j]!.key) && !tokens[j]!.key.startsWith("ال")) break;
      // "المؤسسة العامة لجسر الملك X": the site's eponym after its noun in ل is in the name.
      const eponym = !latin && last === j - 1 ? eponymOfSiteEnd(ctx, j) : -1;
      if (eponym >= 0) {
        last = eponym;
        absorbed = true;
        j = last + 1;
        continue;
      }
      if (!latin && m === head && chain < 0 && complement === "none" && definiteHeadEndsBefore(ctx, m, j)) break;
      // "… المعني بالهجرة": what the body is concerned with.
      const concerned = !latin && last === j - 1 ? concernedWithEnd(tokens, j) : -1;
      if (concerned >= 0) {
        last = concerned;
        j = last + 1;
        continue;
      }
      if (!continues(ctx, j, latin, j === m.last + 1)) break;
      if (!latin && agreesWithMembersBefore(ctx, m.first, j)) break;
      if (!latin && complement !== "genitive" && nameEndsBefore(ctx, j, afterNationality)) break;
      if (!latin) afterNationality = !!ctx.placeAt[j]?.viaDemonym || (afterNationality && !/^ل/.test(tokens[j]!.key));
      if (!latin) {
        const role = complementRole(ctx, j, complement);
        if (role === "end") break;
        complement = role;
      }
      last = j++;
    }
    while (latin && last > m.last && ["of", "the", "for", "and", "on"].includes(tokens[last]!.key)) last--;
    // "جامعة قرطاج لتكوين مهندسين": an indefinite ل complement left without the definite noun that
    // completes it ("لكرة القدم") is a purpose clause, not part of the name.
    // A short form in parentheses right after it closes the name there ("… المؤقتة لأبيي (يونيسفا)").
    if (!latin && complement === "genitive" && last > m.last && last > chain && /^ل(?!ل)/.test(tokens[last]!.key) && !tokens[last]!.key.startsWith("ال") && !shortFormAfter(tokens, last)) last--;
    // "اللجنة المشتركة لولاية X وإقليم Y": a joint committee is named after both sides (joint-committees.ts).
    const secondSide = latin ? -1 : jointSecondPartyEnd(ctx, m.first, last);
    if (secondSide >= 0) last = secondSide;
    const theatre = latin ? -1 : theatreAfter(ctx, m.first, last);
    if (theatre >= 0) last = theatre;
    // English names that put the state first: "Turkish Defense Ministry", "Jordan Armed Forces".
    let first = Math.min(i, m.first);
    let start = m.start;
    // A listed name printed in lower case ("al-Shabaab") starts where it is printed.
    if (latin && !(m === fixed && !tokens[i]!.capital)) {
      for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
        const t = tokens[k]!;
        // "Republican People's Party": a possessive inside the name.
        if (t.key === "s" && ["'", "’"].includes(tokens[k - 1]?.text ?? "") && tokens[k - 2]?.capital && !ctx.placeAt[k - 2] && k - 2 >= i - 6) {
          k -= 1;
          continue;
        }
        // "Dock Workers' Union": a plural's possessive, its apostrophe printed against the plural.
        if (["'", "’"].includes(t.text) && !t.spaceBefore && /s$/.test(tokens[k - 1]?.text ?? "") && tokens[k - 1]?.capital && !ctx.placeAt[k - 1] && first === k + 1) continue;
        // "Justice and Development Party": "and" between two words of the name, not after another
        // body or a place ("Cairo University and Suez Canal Authority" are two).
        // "Trinidad and Tobago Coast Guard", "U.S. Army War College": a place's name of several
        // tokens, an "and" or dots among them, printed right before is taken in whole.
        const place = ctx.placeAt[k];
        if (place && first === k + 1 && place.lastToken === k && place.firstToken < k && place.firstToken >= i - 6 && !place.viaDemonym) {
          first = place.firstToken;
          start = tokens[first]!.start;
          k = first;
          if (tokens[first]!.lineStart) break;
          continue;
        }
        if (t.key === "and" && m !== fixed && first === k + 1 && joinsNameAcrossAnd(ctx, k - 1)) continue;
        if (t.kind !== "word" || !t.capital || LATIN_FUNCTION.has(t.key)) break;
        // "Zimbabwe Republic Police": a word of a state's style names the state's body, though it is no name's word.
        if (isStopToken(t) && !ctx.placeAt[k] && !roleContinuerKeys.has(t.key) && !STATE_STYLE_WORDS.has(t.key)) break;
        // "General Company for Ports": a rank's word right before the head is an adjective of the
        // name; before a person's name it would be followed by the name, not by a head.
        if (rankAt(ctx, k) && !(k === i - 1 && m === head)) break;
        first = k;
        start = t.start;
        if (t.lineStart) break;
      }
    }
    // "Russia's Defence Ministry": a ministry named by its field alone, which every state has, is
    // named with the state owning it; "Brazil's Federal Police" is named without.
    const owner = latin && m === head && tokens[first]!.capital && last === first + 1 && tokens[last]!.key === "ministry" ? possessingState(ctx, first) : -1;
    if (owner >= 0) {
      first = owner;
      start = tokens[owner]!.start;
    }
    // "جامعة توماني": one word ending in a bare ي after an indefinite feminine head cannot agree
    // with it as an adjective (src/organizations/extent.ts), so it is the body's name.
    const namedByOneWord = last === m.last && m === head && oneWordNameAfter(ctx, m.last);
    if (namedByOneWord) last = m.last + 1;
    const surface = ((first < i ? text.slice(start, m.start) : "") + m.surface + text.slice(m.end, tokens[last]!.end)).replace(QUOTE_MARKS, "");
    // A head needs a specifier beyond generic adjectives.
    const headWords = m.last - m.first + 1;
    const extra: string[] = [];
    for (let k = m.last + 1; k <= last; k++) if (tokens[k]!.kind === "word") extra.push(tokens[k]!.key);
    // The noun an adjectival head qualifies ("القوة البحرية") is part of the head, no specifier.
    for (let k = first; k < i; k++) if (latin && tokens[k]!.kind === "word") extra.push(tokens[k]!.key);
    // "Ministry of Defense" names itself; "قوات أردنية" (indefinite head and adjective) does not.
    const headTokens = tokens.slice(m.first, m.last + 1).filter((t) => t.kind === "word").length;
    const definiteAt = (k: number) => !!tokens[k] && (readings(tokens[k].key).some((r) => r.key.startsWith("ال")) || ctx.placeAt[k]?.viaDemonym === false);
    // "وزارة داخلية إقليم كردستان", "قوات شرق ليبيا", "شرطة ولاية X Y": a construct chain through a field, a side or an area's noun
    // ends in the definite word or place that makes the whole name definite.
    const definiteThroughContinuer = last > m.last + 1 && (FIELD_CONTINUERS.has(tokens[m.last + 1]!.key) || regionNounBeforePlace(ctx, m.last + 1)) && definiteAt(m.last + 2);
    const indefinite = m !== fixed && tokens[m.first]!.arabic && !readings(tokens[m.first]!.key).some((r) => r.key.startsWith("ال")) && !definiteAt(m.last + 1) && !definiteThroughContinuer && !namedByOneWord;
    // "مصنع الشركة الصربية", "تقدمها الشركة للسفن الحربية": the company with its nationality alone, or
    // with a ل complement right after it, points back at a body named before.
    const next = tokens[m.last + 1];
    const pointing = m === head && !absorbed && tokenReadsAs(tokens[m.first]!, anaphoricHeadKeys);
    const byNationalityAlone = pointing && agreesAsNationality(ctx, m.first, m.last + 1) && ctx.placeAt[m.last + 1]!.lastToken === last;
    // "خطة الهيئة للتعريف بـ…", "البلدية لتسهيل الإجراءات": any head of one word printed with the article
    // and a ل complement right after it, no adjective between, is a body told before said again
    // with what it does or is for (definite-head.ts), no name.
    const definiteAlone = m === head && !absorbed && isDefiniteHeadAlone(tokens, m, oneWordHeadKeys);
    const anaphor = byNationalityAlone || ((pointing || definiteAlone) && !!next?.arabic && /^ل/.test(next.key) && !ctx.placeAt[m.last + 1]);
    if (anaphor) anaphors.push({ first, last, iso: byNationalityAlone ? (ctx.placeAt[m.last + 1]!.iso2 ?? null) : null });
    // "بالوزارة الأنغولية": a ministry is named by its field; its head with the article and an
    // adjective alone points back at one told before.
    const fieldLeftOut = m === head && m.first === m.last && tokens[m.first]!.arabic && tokenReadsAs(tokens[m.first]!, fieldNamedHeadKeys);
    // "وذكر الحرس الوطني": a service whose generic words are its whole name is a body alone.
    const wholeService = m === head && first === m.first && last === m.last && completeServiceKeys.has(matchKey(text.slice(tokens[m.first]!.start + m.clitic.length, m.end)));
    const specified = !anaphor && !fieldLeftOut && (absorbed || wholeService || (m === head && first === i && namesLegislature(tokens, m, last)) || (!indefinite && (m === fixed || (latin && headTokens >= 3) || extra.some((w) => !generic.has(w) && !committeeFieldKeys.has(w) && !["of", "the", "for", "and"].includes(w))) || (m === head && jointCommitteeHolds(ctx, first, last))));
    void headWords;
    // "the foreign ministry spokesman": a body that qualifies the title after it is part of a role.
    // "Forum leaders", "NATO ministers": a plural title is no one person's office, the body stands for itself.
    const qualifiesTitle = (latin && tokens[last + 1]?.kind === "word" && isRoleHeadAt(ctx, last + 1) && !pluralRoleKeys.has(tokens[last + 1]!.key)) || qualifiesTitleBefore(ctx, first);
    if (specified && ((isStateGovernment(ctx, first, last) && !governmentActs(ctx, first, last)) || isStateTroops(ctx, first, last) || isTroopsDescribed(ctx, first, last) || isMissionTroops(ctx, first, last))) {
      i = last;
      continue;
    }
    if (specified) out.push({ first, last, start, end: tokens[last]!.end, surface: surface.trim(), inTitle: qualifiesTitle, fixed: m === fixed || absorbed || theatre >= 0 || (!latin && namedByPlace(ctx, m.first, m.last)) });
    i = last;
  }
  return { mentions: joinSeats(ctx, out.flatMap((o) => courtOfPanel(ctx, o) ?? [])), anaphors };
}

// Padded with spaces once here, so a name is searched for whole words without building strings.
const agencyWords = rules.newsAgencyWords.map((w) => ` ${matchKey(w)} `);
/** A news agency reports the story; it is its source, not one of its actors. */
export function isNewsAgency(name: string): boolean {
  const k = ` ${matchKey(name)} `;
  return agencyWords.some((w) => k.includes(w));
}

const outletHeadKeys = new Set(rules.outletHeads.map((w) => matchKey(w)));
const citingKeys = new Set(rules.citingWords.map((w) => matchKey(w)));

const AGENCY = new Set([matchKey("وكالة")]);

/** An agency, paper, channel or site: a news agency, a name opened by an outlet word, or a listed outlet. */
export function isOutlet(name: string): boolean {
  if (isNewsAgency(name) || knownOutlet(name)) return true;
  const [first = "", second = ""] = matchKey(name).split(" ");
  if (!readsAs(first, outletHeadKeys)) return false;
  // "وكالة الأمن البحري", "وكالة الفضاء": an agency named by its field with the article is a state's
  // body; an outlet goes by a name of its own ("وكالة آكي") or is listed ("وكالة الأناضول").
  return !(readsAs(first, AGENCY) && second.startsWith("ال"));
}

/**
 * An outlet printed with a word of reporting beside it is cited for the story ("ذكرت وكالة …",
 * "في تصريح لصحيفة …", "told Reuters", "the agency reported"): it is a source, not an actor. An
 * outlet that does something in the story ("أغلقت السلطات مكتب قناة …") is an organization.
 */
export function isCitedAt(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  const cites = (k: number) => {
    const t = tokens[k];
    return !!t && t.kind === "word" && tokenReadsAs(t, citingKeys);
  };
  // "لوكالة", "لصحيفة": the outlet is spoken to or quoted after "تصريح/وفقا".
  const lam = /^(و|ف)?ل/.test(tokens[first]!.key) && !tokens[first]!.key.startsWith("ال");
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    if (tokens[k]!.text === "." || tokens[k]!.lineStart) break;
    if (cites(k)) return true;
  }
  if (lam && first > 0) return true;
  for (let k = last + 1; k <= last + 2 && k < tokens.length; k++) if (cites(k) && !tokens[k]!.arabic) return true;
  return false;
}

// Words that make a body international whatever state is named near it ("International
// Committee of the Red Cross", "Asian Development Bank", "المنظمة الدولية للهجرة").
const INTERNATIONAL_WORDS = new Set(["international", "world", "global", "asian", "african", "european", "الدولي", "الدوليه", "العالمي", "العالميه", "الاممي", "الامميه", "القاري", "الافريقي", "الافريقيه", "الاسيوي", "الاسيويه", "الاوروبي", "الاوروبيه", "regional", "الاقليمي", "الاقليميه"]);

export function isInternational(name: string): boolean {
  const k = matchKey(name);
  if (international.has(k)) return true;
  // A listed name followed by more words: each word-boundary prefix is looked up, not each name.
  for (let j = k.indexOf(" "); j >= 0; j = k.indexOf(" ", j + 1)) if (international.has(k.slice(0, j))) return true;
  return k.split(" ").some((w) => INTERNATIONAL_WORDS.has(w));
}

/**
 * "منظمة الصحة للبلدان الأمريكية", "Economic Community of Central African States": a body the
 * international list names whole serves no state, whatever nationality its name holds.
 */
export function isListedInternational(name: string): boolean {
  return internationalNames.has(matchKey(name));
}

/** "بعثة الاتحاد الأوروبي في أرمينيا": the mission of an international body serves that body, not the state it works in. */
export function isInternationalMission(name: string): boolean {
  return readsAs(matchKey(name).split(" ")[0]!, bodyMissionKeys) && isInternational(name);
}

// Entries of the international list that name a kind of body, not one body.
const GENERIC_INTERNATIONAL = new Set(["منظمه", "الاتحاد الدولي"].map((w) => matchKey(w)));
const internationalNames = new Set([...international].filter((w) => !GENERIC_INTERNATIONAL.has(w)));
const longestInternationalName = Math.max(...[...internationalNames].map((w) => w.split(" ").length));
// The words a listed name opens with ("الامم", "الامم المتحده" of "الامم المتحده للطفوله"): a run
// of words that opens none is not looked up any longer.
const internationalOpenings = new Set([...internationalNames].flatMap((w) => [...w.matchAll(/ /g)].map((m) => w.slice(0, m.index))));

/**
 * True when a phrase (a person's role) names an international body: "الأمين العام للأمم المتحدة",
 * "المبعوث الأممي", "NATO Secretary General". Its holder serves that body, not a state.
 */
// Asked of every role of every mention and of every body's name: the same few texts come back.
export const namesInternationalBody = keptPerString(computeNamesInternationalBody);

function computeNamesInternationalBody(raw: string): boolean {
  // "the World Health Organization's representative": the possessive is no word of the name.
  const text = raw.replace(/['’]s\b/gu, "");
  const words = matchKey(text)
    .split(" ")
    .map((w) => w.replace(/^و?لل(?=..)/, "ال").replace(/^و?[لب](?=ال)/, ""));
  // Every run of words, up to the longest listed name, looked up (roles are a few words long).
  // "الأمينة العامة لمنتدى …": a bare ل before an indefinite head is the preposition, not the name's.
  const bare = words.map((w) => (/^و?ل(?!ل)/.test(w) && !/^و?ال/.test(w) ? w.replace(/^و?ل/, "") : w));
  // "المنظمة الدولية للهجرة": a listed name may hold a word in لل of its own.
  const printed = matchKey(text).split(" ");
  for (const run of [words, bare, printed])
    for (let i = 0; i < run.length; i++) {
      let phrase = run[i]!;
      for (let n = 1; n <= longestInternationalName && i + n <= run.length; n++) {
        if (n > 1) phrase += " " + run[i + n - 1]!;
        if (internationalNames.has(phrase)) return true;
        if (!internationalOpenings.has(phrase)) break;
      }
    }
  return false;
}

// "بعثة الأمم المتحدة لمساعدة العراق", "United Nations Mission in South Sudan": a UN body opening its
// name serves the UN, though it is named after the state it works in.
const UN_NAMES = ["الامم المتحده", "united nations", "un"];

export function isUnitedNationsBody(name: string): boolean {
  const words = matchKey(name).split(" ").slice(0, 4).join(" ");
  return UN_NAMES.some((n) => ` ${words} `.includes(` ${n} `));
}

// "Abu Sayyaf Group" beside "Abu Sayyaf": a word saying only what kind of body a name is, printed
// after it alone, names the same body.
const KIND_ONLY = new Set(["group", "movement", "party", "front", "organization", "organisation", "company", "corporation", "corp", "inc", "ltd", "holdings"]);

/** The word after an indefinite feminine head at h names the body: a bare ي no adjective of it can end in. */
function oneWordNameAfter(ctx: Ctx, h: number): boolean {
  const head = ctx.doc.tokens[h]!;
  const t = ctx.doc.tokens[h + 1];
  if (!head.arabic || head.key.startsWith("ال") || !t?.arabic || t.kind !== "word" || t.lineStart || ctx.placeAt[h + 1]) return false;
  return t.key.length >= 5 && t.key.endsWith("ي") && !/^[وفبلك]?ال/u.test(t.key) && !couldAgreeWith(head.key, t.key) && head.key.endsWith("ه");
}

/**
 * "Frontier Corps Balochistan (North)" beside "Frontier Corps": an English name going on with a
 * province or a town is the body's branch there, a body of its own.
 */
function restNamesBranch(rest: string): boolean {
  const words = tokenize(rest);
  if (!words[0] || words[0].arabic) return false;
  const place = findPlaceHits(words, rest).find((h) => h.firstToken === 0);
  return !!place && !place.viaDemonym && place.kind !== "country";
}

function restOpensBody(rest: string): boolean {
  if (KIND_ONLY.has(rest.trim().toLowerCase())) return false;
  const words = tokenize(rest);
  return words.some((_, k) => !!headTrie.matchAt(words, k, rest));
}

/** "القوات البحرية", "وزارة الدفاع": a name that is a head of the lists and nothing more. */
export function isHeadAlone(name: string): boolean {
  const words = tokenize(name);
  return words.length > 0 && headTrie.matchAt(words, 0, name)?.last === words.length - 1;
}

/** A listed name, or one that ends in a head ("African Union", not the fragment "African Union Support"). */
function isCompleteName(name: string): boolean {
  const words = tokenize(name);
  const lastWord = words.length - 1;
  return fixedTrie.matchAt(words, 0, name)?.last === lastWord || words.some((_, k) => headTrie.matchAt(words, k, name)?.last === lastWord);
}

/**
 * "مجلس الأمن" beside "مجلس الأمن الدولي", "وزارة الدفاع" beside "وزارة الدفاع المصرية": a name that
 * is the start of a longer one in the same article is the same body. Its mentions join the longer
 * name printed nearest before them (else the first one after), so none is lost.
 */
export function mergePrefixNames(orgs: Map<string, OrgRead>): OrgRead[] {
  const out = new Map(orgs);
  // Longest first, onto names still standing, so a fragment joins its full name before a shorter
  // name is compared with it.
  for (const k of [...orgs.keys()].sort((a, b) => b.length - a.length)) {
    // "African Union" beside "African Union Mission in Somalia": a head in the rest opens another body.
    const complete = isCompleteName(k);
    const longer = [...out.keys()].filter((other) => other !== k && other.startsWith(k + " ") && !(complete && restOpensBody(other.slice(k.length + 1))) && !restNamesBranch(out.get(other)!.name.slice(k.length + 1))).map((o) => out.get(o)!);
    if (!longer.length) continue;
    const short = orgs.get(k)!;
    out.delete(k);
    for (const m of short.mentions) {
      const firstAt = (o: OrgRead) => Math.min(...o.mentions.map((x) => x.start));
      const before = longer.filter((o) => firstAt(o) < m.start).sort((a, b) => firstAt(b) - firstAt(a))[0];
      const target = before ?? [...longer].sort((a, b) => firstAt(a) - firstAt(b))[0]!;
      target.mentions.push(m);
    }
  }
  for (const o of out.values()) o.mentions.sort((a, b) => a.start - b.start);
  return [...out.values()];
}

/**
 * "الدعم السريع" beside "قوات الدعم السريع": a name of two words or more that another name holds
 * after a head is that body named without its head; the headed name keeps it. So does a listed
 * name of one word ("طالبان" beside "حركة طالبان" or "حكومة طالبان"); another single word may be a
 * common one ("الدفاع" of "وزارة الدفاع").
 */
export function headedName(short: OrgRead, orgs: readonly OrgRead[]): OrgRead | undefined {
  const keyOf = (o: OrgRead) => matchKey(o.name);
  const k = keyOf(short);
  if (!k.includes(" ") && fixedTrie.matchAt(tokenize(short.name), 0, short.name)?.last !== 0) return undefined;
  return orgs.find((o) => {
    if (o === short || !keyOf(o).includes(" " + k)) return false;
    const words = tokenize(o.name);
    const head = headTrie.matchAt(words, 0, o.name);
    if (!head) return false;
    const rest = o.name.slice(words[head.last + 1]?.start ?? o.name.length);
    return keyOf({ ...o, name: rest }) === k || closesOnNationality(rest, k);
  });
}

/**
 * "الهلال الأحمر" beside "هيئة الهلال الأحمر الإماراتي": the words after the head are the short name
 * and the nationality of the state the body serves, which the short name leaves out as it does the head.
 */
function closesOnNationality(rest: string, short: string): boolean {
  const words = tokenize(rest).filter((t) => t.kind === "word");
  const last = words[words.length - 1];
  if (words.length < 3 || !last?.arabic || matchKey(rest.slice(0, words[words.length - 2]!.end)) !== short) return false;
  return findPlaceHits(words, rest).some((h) => h.viaDemonym && h.firstToken === words.length - 1);
}

/**
 * "«X»" beside "مجموعة X للطاقة الهندية": one word that names a company, a group or a club right
 * after its head (`properNameHeads`) is that body called by its own name.
 */
export function ownNameOfBody(short: OrgRead, orgs: readonly OrgRead[]): OrgRead | undefined {
  const k = matchKey(short.name);
  if (k.includes(" ")) return undefined;
  return orgs.find((o) => {
    const words = tokenize(o.name).filter((t) => t.kind === "word");
    return o !== short && words.length > 2 && words[1]!.key === k && quotedNameHeadKeys.has(words[0]!.key);
  });
}

/** "قوة مشتركة لتأمين …", "لجنة سورية لبنانية", "شركة للنقل البحري": an indefinite noun and an adjective or a purpose describe, they name nothing. */
export function isIndefiniteDescription(name: string): boolean {
  const words = tokenize(name).filter((t) => t.kind === "word");
  if (words.length < 2 || !words[0]!.arabic || !words[1]!.arabic) return false;
  const definite = (key: string) => readings(key).some((r) => r.key.startsWith("ال"));
  // "شركة للتخليص الجمركي": what an indefinite noun is for says what kind of body it is, not which.
  if (!definite(words[0]!.key) && words[1]!.key.startsWith("لل")) return true;
  if (definite(words[0]!.key) || definite(words[1]!.key)) return false;
  // "وزارة داخلية إقليم كردستان": a field in construct with a definite word or a place names the body;
  // so does an area's noun ("شرطة ولاية X"), which ends like a nisba but is no adjective.
  if ((FIELD_CONTINUERS.has(words[1]!.key) || bodyOfDivision(words[0]!.key, words[1]!.key)) && words[2] && (definite(words[2].key) || findPlaceHits(words, name).some((h) => !h.viaDemonym && h.firstToken === 2))) return false;
  if (!indefiniteAdjectiveKeys.has(words[1]!.key) && !(/(ي|يه)$/.test(words[1]!.key) && couldAgreeWith(words[0]!.key, words[1]!.key))) return false;
  // "جيش مالي" is the army of Mali; "لجنة سورية لبنانية" a committee of two states.
  const hits = findPlaceHits(words, name);
  const stateAt1 = hits.some((h) => !h.viaDemonym && h.firstToken === 1);
  // "شركة فينكانتييري الإيطالية": a definite nationality after the indefinite words closes a foreign
  // name written in Arabic letters, which may end like an adjective; a description agrees with its
  // noun and stays indefinite ("شركة أمنية روسية").
  if (hits.some((h) => h.viaDemonym && h.firstToken >= 2 && definite(words[h.firstToken]!.key))) return false;
  return !stateAt1 || hits.some((h) => h.viaDemonym && h.firstToken === 2);
}

const describedBodyKeys = new Set(rules.describedBodyNouns.map((w) => matchKey(w)));

/** "Riga-based manufacturer …": the place a company is based in, read as its nationality. */
function basedIn(ctx: Ctx, k: number) {
  const { tokens } = ctx.doc;
  if (tokens[k]?.key !== "based" || tokens[k - 1]?.text !== "-" || tokens[k].spaceBefore || tokens[k - 1]!.spaceBefore) return undefined;
  const place = ctx.placeAt[k - 2];
  return place && !place.viaDemonym && place.lastToken === k - 2 ? place : undefined;
}

const KIND_WORD = /^[a-z][a-z-]+$/;
const HOME_WORDS = new Set(["local", "domestic"]);

/**
 * The state said before the noun at i: a nationality or a base right before it ("Danish firm"), or
 * one or two lower-case words of its kind between ("Indonesian state shipbuilder", "Senegal's
 * national oil company", a possessive state there).
 */
function describingState(ctx: Ctx, i: number): { iso2: string | null } | undefined {
  const { tokens } = ctx.doc;
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    const at = ctx.placeAt[k]?.viaDemonym ? ctx.placeAt[k] : basedIn(ctx, k);
    if (at) return at;
    if (k < i - 1) {
      const owner = possessingState(ctx, k + 1);
      if (owner >= 0) return ctx.placeAt[owner];
    }
    const t = tokens[k]!;
    // "Local developer X": a body of the story's own state, which the story names elsewhere.
    if (k === i - 1 && HOME_WORDS.has(t.key)) return { iso2: null };
    if (k === i - 3 || t.capital || t.lineStart || !KIND_WORD.test(t.text) || LATIN_FUNCTION.has(t.key) || ENGLISH_ARTICLES.has(t.key)) return undefined;
  }
  return undefined;
}

/**
 * "Northvale Radar Systems, a Canadian firm,": the state of a body said in an apposition right after
 * its name, by a nationality before a noun of what the body is; null when none follows.
 */
export function stateDescribedAfter(ctx: Ctx, last: number): string | null {
  const { tokens } = ctx.doc;
  if (tokens[last + 1]?.text !== "," || !ENGLISH_ARTICLES.has(tokens[last + 2]?.key ?? "")) return null;
  const nationality = ctx.placeAt[last + 3];
  if (!nationality?.viaDemonym || !describedBodyKeys.has(tokens[nationality.lastToken + 1]?.key ?? "")) return null;
  return nationality.iso2;
}

/**
 * English companies and groups introduced by what they are, after a nationality ("Danish firm
 * Nordhav Defence", "the French shipbuilder Atlantique Marine"): one to four capitalized words
 * after the noun are the name, of the nationality's state.
 */
export function findDescribedBodies(ctx: Ctx): (OrgMention & { iso: string | null })[] {
  const { tokens, text } = ctx.doc;
  const out: (OrgMention & { iso: string | null })[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const noun = tokens[i]!;
    if (noun.arabic || noun.capital || !describedBodyKeys.has(noun.key)) continue;
    const nationality = describingState(ctx, i);
    if (!nationality) continue;
    let last = i;
    while (last < i + 4 && tokens[last + 1]?.capital && !tokens[last + 1]!.lineStart && tokens[last + 1]!.kind === "word" && !isStopToken(tokens[last + 1]!)) last++;
    // "developer Erongo Green Ammonia": a place opens the name when the name goes on after it; a
    // place closing the run is where the body is ("Danish firm X Copenhagen" stays X).
    while (last > i && ctx.placeAt[last]) last--;
    // A two-word capitalized name with no head may be a person ("the firm's founder Ana Ruiz" has
    // no nationality before it; "Danish firm Nordhav Defence" does): the noun decides.
    if (last === i) continue;
    const start = tokens[i + 1]!.start;
    const end = tokens[last]!.end;
    // A place inside the name is the body's own word, no place of the story.
    let holdsPlace = false;
    for (let k = i + 1; k <= last; k++) holdsPlace ||= !!ctx.placeAt[k];
    out.push({ first: i + 1, last, start, end, surface: text.slice(start, end), fixed: holdsPlace, inTitle: false, iso: nationality.iso2 });
    i = last;
  }
  return out;
}

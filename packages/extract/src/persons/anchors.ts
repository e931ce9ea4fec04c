import { sentenceOfToken, type Doc } from "../document";
import { knownOutlet } from "../metadata/outlets";
import { eventWordKeys } from "../events/cues";
import type { PlaceHit } from "../places/gazetteer";
import type { Token } from "../text/tokens";
import { formMemo, formMemoSlot, readings, setFormMemo, tokenReadings, wordKey } from "../text/tokens";
import { functionWordKeys, isFunctionWord } from "../text/function-words";
import { isClauseWord, lowerTitleLead, opensNameAfter } from "./english-title-words";
import { isDerivedFeminineVerb, isFeminineParticiple, opensObjectPhrase, opensPatronymic } from "./name-objects";
import {
  NAME_CONNECTORS,
  NAME_OPENERS,
  counterpartKeys,
  hasTanween,
  isAlaMisspelt,
  isCalendarWord,
  isGivenName,
  nameVerbKeys,
  teamAdjectiveKeys,
  teamWordKeys,
  orgHeadTrie,
  placeHeadTrie,
  pluralRoleKeys,
  postedHeadKeys,
  rankQualifierPhraseTrie,
  roleStopKeys,
  isStopToken,
  isStopKey,
  speechKeys,
  officeAreaKeys,
  keptTitleKeys,
  rankQualifierKeys,
  rankTrie,
  roleContinuerKeys,
  roleHeadTrie,
  titleTrie,
} from "./vocabulary";

/**
 * The pieces a personal name is anchored on: a rank or honorific title before it, a role
 * (position) before or after it, or "his counterpart". Each reader takes a token index and
 * returns the extent it recognises, or null. All scanning is bounded (a role is at most
 * MAX_ROLE tokens, a name at most MAX_NAME), so the cost per token is constant.
 */

export interface Span {
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
}

export interface RankSpan extends Span {
  military: boolean;
}

export interface RoleSpan extends Span {
  /** Conjunction on the head ("ورئيس"): the role of a further person in a list. */
  conjoined: boolean;
  /** A proclitic preposition on the head (برئيس، لوزير): a role of the next name, never of the previous. */
  prepositional: boolean;
  counterpart: boolean;
  /** A role of several people (وزراء الدفاع): it anchors no name. */
  plural: boolean;
}

export interface Ctx {
  doc: Doc;
  /** Place hit covering each token, if any. */
  placeAt: (PlaceHit | undefined)[];
  /** Per-token memo of the readers below (rank, role head, organization head at a token). */
  memo?: Memo;
}

type MemoKind = "roleHead" | "placeHead" | "orgHead" | "rank" | "role" | "teamSentence";
/** One array per reader, indexed by token (or sentence); `undefined` means not read yet. */
type Memo = Record<MemoKind, unknown[]>;

/**
 * The readers are asked about the same token many times (names, roles, organizations). Arrays
 * indexed by token, rather than maps keyed by reader name, keep a repeated question to two loads.
 */
function memoTable(ctx: Ctx, what: MemoKind): unknown[] {
  if (!ctx.memo) {
    // Sized up front so writes at any token index stay in fast (non-dictionary) array storage.
    const n = ctx.doc.tokens.length;
    const perToken = () => new Array<unknown>(n);
    ctx.memo = { roleHead: perToken(), placeHead: perToken(), orgHead: perToken(), rank: perToken(), role: perToken(), teamSentence: new Array<unknown>(ctx.doc.sentences.length) };
  }
  return ctx.memo[what];
}

export function isRoleHeadAt(ctx: Ctx, i: number): boolean {
  const table = memoTable(ctx, "roleHead");
  let v = table[i] as boolean | undefined;
  if (v === undefined) table[i] = v = !!roleHeadTrie.matchAt(ctx.doc.tokens, i, ctx.doc.text);
  return v;
}

export function isPlaceHeadAt(ctx: Ctx, i: number): boolean {
  const table = memoTable(ctx, "placeHead");
  let v = table[i] as boolean | undefined;
  if (v === undefined) table[i] = v = ctx.doc.tokens[i]!.arabic && !!placeHeadTrie.matchAt(ctx.doc.tokens, i, ctx.doc.text);
  return v;
}

export function isOrgHeadAt(ctx: Ctx, i: number): boolean {
  const table = memoTable(ctx, "orgHead");
  let v = table[i] as boolean | undefined;
  if (v === undefined) table[i] = v = !!orgHeadTrie.matchAt(ctx.doc.tokens, i, ctx.doc.text);
  return v;
}

const MAX_ROLE = 16;
const MAX_NAME = 6;

function span(ctx: Ctx, first: number, last: number, start?: number): Span {
  const s = start ?? ctx.doc.tokens[first]!.start;
  const e = ctx.doc.tokens[last]!.end;
  return { first, last, start: s, end: e, surface: ctx.doc.text.slice(s, e) };
}

/** Rank phrase at i: titles, a rank base, qualifiers (الركن، أول، طيار، (طيار)), more titles. */
export function rankAt(ctx: Ctx, i: number): RankSpan | null {
  const table = memoTable(ctx, "rank");
  let v = table[i] as RankSpan | null | undefined;
  if (v === undefined) table[i] = v = computeRankAt(ctx, i);
  return v;
}

function computeRankAt(ctx: Ctx, i: number): RankSpan | null {
  const { tokens, text } = ctx.doc;
  let j = i;
  let start: number | undefined;
  let last = -1;
  let military = false;
  let kept = false;
  let steps = 0;
  while (j < tokens.length && steps < 8) {
    steps++;
    const t = tokens[j]!;
    if (j > i && t.lineStart) break;
    let base = rankTrie.matchAt(tokens, j, text);
    // "فريق الدعم" (a team), "لواء المشاة" (a brigade): an indefinite rank word needs a name or a
    // qualifier after it.
    if (base && t.arabic && !tokens[base.first]!.key.replace(/^[وفبلك]/, "").startsWith("ال")) {
      const nx = tokens[base.last + 1];
      if (!nx || nx.kind !== "word" || (nx.key.startsWith("ال") && !rankQualifierKeys.has(nx.key))) base = undefined;
    }
    if (base && isTeamAt(ctx, base.first, base.last)) base = undefined;
    if (base && (j === i || !base.clitic)) {
      if (j === i) start = base.start;
      military = true;
      last = base.last;
      j = base.last + 1;
      if (tokens[j]?.text === "." && !tokens[j]!.spaceBefore) last = j++;
      continue;
    }
    const title = titleTrie.matchAt(tokens, j, text);
    if (title && (j === i || !title.clitic)) {
      if (j === i) start = title.start;
      if (title.first === title.last && !keptTitleKeys.has(readings(tokens[title.first]!.key).at(-1)!.key) && !keptTitleKeys.has(tokens[title.first]!.key)) {
        // A title such as "السيد" still anchors the name; it is kept in the rank too.
      }
      kept = true;
      last = title.last;
      j = title.last + 1;
      if (tokens[j]?.text === "." && !tokens[j]!.spaceBefore) last = j++;
      continue;
    }
    if (last >= 0 && (military || kept)) {
      // "اللواء أركان حرب": a qualifier of several words.
      const phrase = t.arabic ? rankQualifierPhraseTrie.matchAt(tokens, j, text) : undefined;
      if (phrase && !phrase.clitic) {
        last = phrase.last;
        j = phrase.last + 1;
        continue;
      }
      if (t.arabic && rankQualifierKeys.has(t.key)) {
        last = j++;
        continue;
      }
      // "(طيار)"
      if (t.text === "(" && tokens[j + 1] && rankQualifierKeys.has(tokens[j + 1]!.key) && tokens[j + 2]?.text === ")") {
        last = j + 2;
        j += 3;
        continue;
      }
    }
    break;
  }
  if (last < 0) return null;
  return { ...span(ctx, i, last, start), military };
}

const TEAM_RANK_KEYS = new Set(["فريق", "الفريق"]);
const TIME_OF_DAY = new Set(["صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليله"]);

/**
 * "فاز الفريق الإسباني باللقب": in a sentence about sport "الفريق" is the team. It stays the rank
 * when what follows is a known given name or a rank qualifier (الفريق الركن، الفريق/ …).
 */
function isTeamAt(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  if (first !== last || !readings(tokens[first]!.key).some((r) => TEAM_RANK_KEYS.has(r.key))) return false;
  const next = tokens[last + 1];
  if (!next || next.kind !== "word") return false;
  if (isGivenName(next) || rankQualifierKeys.has(next.key)) return false;
  // "رئيسة الفريق البرلماني للحزب": a body of people, whatever the sentence is about.
  if (teamAdjectiveKeys.has(next.key)) return true;
  const s = sentenceOfToken(ctx.doc, first);
  if (!s) return false;
  const table = memoTable(ctx, "teamSentence");
  let v = table[s.index] as boolean | undefined;
  if (v === undefined) {
    v = false;
    for (let k = s.first; k < s.last && !v; k++) if (readings(tokens[k]!.key).some((r) => teamWordKeys.has(r.key))) v = true;
    table[s.index] = v;
  }
  return v;
}

function isPlaceToken(ctx: Ctx, k: number): boolean {
  return ctx.placeAt[k] !== undefined;
}

// The first word of a compound ordinal ("الحادي عشر", "الثانية عشرة").
const ORDINAL_UNITS = /^ال(حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)[ةه]?$/;

/** Arabic words that can continue a role phrase. */
function roleContinues(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  if (t.kind !== "word") return false;
  if (isPlaceToken(ctx, k)) return true;
  const rs = readings(t.key);
  if (rs.some((r) => roleContinuerKeys.has(r.key))) return true;
  if (!t.arabic) return false;
  if (rs.some((r) => roleStopKeys.has(r.key))) return false;
  if (opensPatronymic(ctx.doc.tokens, k)) return false;
  // "… القومي ألماز سادييف": a word printed with a hamza on its alef is no definite word.
  if (hamzaAlName(t, ctx.doc.tokens[k + 1])) return false;
  if (opensNameWithArticle(ctx.doc.tokens, k)) return false;
  if (t.key.startsWith("ال") && t.key.length > 3 && !hasTanween(t)) return true;
  // "والعلاقات العامة", "بالجيش": a clitic on a definite word keeps the phrase going.
  if (rs.some((r) => r.cut > 0 && r.key.startsWith("ال") && r.key.length > 3) && !hasTanween(t)) return true;
  // "قائد الفيلق الثاني عشر", "الفرقة الثانية عشرة": the ten of a compound ordinal is no definite word.
  if (/^عشر[ةه]?$/.test(t.key) && ORDINAL_UNITS.test(ctx.doc.tokens[k - 1]?.key ?? "")) return true;
  if (isStopToken(t)) return false;
  // Definite words (الدفاع، المصرية), genitive/prepositional ones (للقوات، لشؤون، بالجيش، بجمهورية).
  if (t.key.startsWith("ال") && t.key.length > 3) return true;
  if (/^(لل|بال|وال|لشو|لش|ل|ب)/.test(t.key) && t.key.length > 3) return true;
  return false;
}

/**
 * "والي ولاية X الصادق عثمان حامد": a given name printed with the article (الصادق، الطاهر) before
 * another given name opens the name, not more of the role. A nisba (العربي، المهدي) is left to
 * the role: it is an adjective there far more often ("البرلمان العربي محمد …").
 */
function opensNameWithArticle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!t.key.startsWith("ال") || /ي$/.test(t.key) || !isGivenName(t) || !next || next.kind !== "word" || next.lineStart) return false;
  return isGivenName(next) || (next.key.startsWith("ال") && isGivenNameKey(next.key.slice(2)));
}

/** Role phrase starting at a role head at i. */
export function roleAt(ctx: Ctx, i: number): RoleSpan | null {
  const table = memoTable(ctx, "role");
  let v = table[i] as RoleSpan | null | undefined;
  if (v === undefined) table[i] = v = computeRoleAt(ctx, i);
  return v;
}

function computeRoleAt(ctx: Ctx, i: number): RoleSpan | null {
  const { tokens, text } = ctx.doc;
  const head = roleHeadTrie.matchAt(tokens, i, text);
  if (!head) return null;
  if (tokens[i - 1] && isGivenName(tokens[i - 1]!) && isDefiniteGivenName(ctx, i)) return null;
  // "نائب الأدميرال", "قائد سرب": a rank that opens with a role head is the rank.
  const rank = rankAt(ctx, i);
  if (rank?.military && rank.last > head.last) return null;
  const t0 = tokens[i]!;
  const latin = !t0.arabic;
  // English prints a role in lower case after a nationality ("French envoy Jean Laurent", "Turkey’s
  // defense minister") and in apposition after a comma ("…, chief of the general staff").
  // "Egyptian army spokesman", "Saudi military spokesman": lower-case words of an office between
  // the state and the head belong to the role.
  let lead = i;
  while (latin && lead > i - 3 && tokens[lead - 1]?.kind === "word" && !tokens[lead - 1]!.capital && roleContinuerKeys.has(tokens[lead - 1]!.key) && !LATIN_FUNCTION_WORDS.has(tokens[lead - 1]!.key)) lead--;
  if (lead < i && !ctx.placeAt[lead - 1] && !ownedByState(ctx, lead)) lead = i;
  // "Lorna Dizon, a security analyst at …": after a comma and an article, lower-case words of the
  // office before its head belong to the role.
  const appositionLead = latin && !t0.capital ? lowerCaseAppositionLead(ctx, i) : -1;
  if (appositionLead >= 0 && lead === i) lead = appositionLead;
  const prev = tokens[lead - 1];
  const owner = ownedByState(ctx, lead);
  // "Cambodia's secretary of state for defence": the office goes on with "for" and its field.
  const afterState = latin && (!!ctx.placeAt[lead - 1] || owner) && (!!tokens[head.last + 1]?.capital || [",", "."].includes(tokens[head.last + 1]?.text ?? "") || ["of", "said", "and", "for"].includes(tokens[head.last + 1]?.key ?? "") || (tokens[head.last + 1]?.key === "to" && isPostedHead(tokens[head.last]!)));
  const apposed = latin && (prev?.text === "," || (prev?.key === "the" && tokens[i - 2]?.text === ",") || appositionLead >= 0);
  // "opposition lawmaker X", "Former president X": a lower-case office qualified by words of its own
  // and followed by a name is that name's title.
  const titleLead = latin && !t0.capital && !afterState && !apposed && opensNameAfter(tokens, head.last + 1) ? lowerTitleLead(tokens, i) : -1;
  if (latin && !t0.capital && !counterpartKeys.has(t0.key) && !afterState && !apposed && titleLead < 0) return null;
  if (titleLead >= 0 && lead === i) lead = titleLead;
  const prepositional = /^(ب|ل|لل)/.test(head.clitic.replace(/^[وف]/, ""));
  const plural = readings(tokens[i]!.key).some((r) => pluralRoleKeys.has(r.key));
  let last = head.last;
  const counterpart = counterpartKeys.has(tokens[head.last]!.key) || readings(tokens[head.last]!.key).some((r) => counterpartKeys.has(r.key));
  let j = head.last + 1;
  let inBody = false;
  while (j < tokens.length && j - i < MAX_ROLE) {
    const t = tokens[j]!;
    if (t.lineStart) break;
    // "نظيره الأذربيجاني": a counterpart takes only a nationality.
    if (counterpart) {
      if (isPlaceToken(ctx, j) && j - head.last <= 2) {
        last = j++;
        continue;
      }
      if (!t.arabic && t.capital && j - head.last <= 1 && isPlaceToken(ctx, j)) {
        last = j++;
        continue;
      }
      break;
    }
    if (rankAt(ctx, j)) break;
    if (latin) {
      if (t.text === "-" && !t.spaceBefore && tokens[j + 1] && !tokens[j + 1]!.spaceBefore) {
        // "director-general": the word after the hyphen is the office's own.
        if (tokens[j + 1]!.kind === "word" && !tokens[j + 1]!.capital && j === last + 1) {
          last = j + 1;
          j += 2;
          continue;
        }
        j++;
        continue;
      }
      // "head of Turkey's Coast Guard Command": a state's possessive inside the body's name.
      if (inBody && ["'", "’"].includes(t.text) && !t.spaceBefore && tokens[j + 1]?.key === "s" && tokens[j + 2]?.capital) {
        last = j + 1;
        j += 2;
        continue;
      }
      if (t.kind !== "word") break;
      // "…, director general of the Emirates Defence Procurement Authority", "…, an analyst at the
      // Kyiv-based Centre for Army Studies", "…, a spokesman for Kenya's Ports Authority": in
      // apposition the name is before, so the body the office is of, at or for goes to its last
      // capitalized word.
      if (apposed && (t.key === "at" || t.key === "of" || t.key === "for") && (tokens[j + 1]?.capital || (tokens[j + 1]?.key === "the" && tokens[j + 2]?.capital))) {
        inBody = true;
        last = j++;
        continue;
      }
      if (inBody && (t.capital || ["the", "for", "of", "and"].includes(t.key) || (tokens[j - 1]?.text === "-" && !t.spaceBefore))) {
        last = j++;
        continue;
      }
      // "chief of the defence staff", "secretary of state for defence": after "of", "the" or "for", an
      // office's own words go on in lower case too.
      const lowerField = !t.capital && roleContinuerKeys.has(t.key) && !LATIN_FUNCTION_WORDS.has(t.key) && j === last + 1 && last > head.last && (LATIN_FUNCTION_WORDS.has(tokens[last]!.key) || !tokens[last]!.capital);
      if (lowerField) {
        last = j++;
        continue;
      }
      // "Indonesian Ambassador to Malaysia": a diplomat is posted to the state after "to".
      if (t.key === "to" && isPostedHead(tokens[head.last]!) && isPlaceToken(ctx, j + 1)) {
        last = ctx.placeAt[j + 1]!.lastToken;
        j = last + 1;
        continue;
      }
      const cont = ["of", "the", "for", "and"].includes(t.key) || (t.capital && (roleContinuerKeys.has(t.key) || isRoleHeadAt(ctx, j) || isPlaceToken(ctx, j)));
      if (!cont) break;
      if (t.capital && !roleContinuerKeys.has(t.key) && !isPlaceToken(ctx, j) && !isRoleHeadAt(ctx, j)) break;
      last = j++;
      continue;
    }
    if (t.kind !== "word") break;
    // Another head chained with و or directly (القائد العام … وزير الدفاع).
    const chained = roleHeadTrie.matchAt(tokens, j, text);
    if (chained) {
      if (/^(ب|ل)/.test(chained.clitic)) break;
      // A role that has named its state is complete: a head right after it with no و is the next
      // person's ("استقبل رئيس أركان الجيش الليبي السفير الإماراتي …").
      if (!/^[وف]/.test(chained.clitic) && hasStateSoFar(ctx, head.first, last)) break;
      last = chained.last;
      j = chained.last + 1;
      continue;
    }
    // "في قطر", "لدى تشاد": a preposition before a place stays in the role.
    // Once the role names its state ("وزير الدفاع الروسي في أنقرة"), "في" opens the venue.
    const hasState = () => hasStateSoFar(ctx, head.first, last);
    // An envoy is sent "to" a place: "المبعوث الأممي إلى اليمن".
    const envoyTo = t.key === "الي" && /^(ال)?مبعوث/.test(tokens[head.first]!.key);
    // A diplomat is posted "in" a place even once the role has named his state: "السفيرة المغربية في روما".
    const postedIn = (t.key === "في" || t.key === "لدي") && (!hasState() || isPostedHead(tokens[head.first]!));
    // "الملحق العسكري في السفارة الأمريكية": the body a post is held in stays in the role.
    if (t.key === "في" && !hasState() && isOrgHeadAt(ctx, j + 1)) {
      last = j + 1;
      j += 2;
      continue;
    }
    if ((envoyTo || postedIn) && isPlaceToken(ctx, j + 1)) {
      last = j + 1;
      j += 2;
      continue;
    }
    // "قائد القوة البحرية الفرنسية في منطقة المحيط الهندي": a region after في is the area of the
    // office, not a venue (a venue is a city or a state).
    const area = t.key === "في" ? areaAfter(ctx, j + 1) : -1;
    if (area >= 0) {
      last = area;
      j = area + 1;
      continue;
    }
    // A plural role ("مسؤولي شركة …") anchors no name, so the body it names stays an organization.
    if (t.arabic && !plural && !hasState() && (isOrgHeadAt(ctx, j) || joinsDomain(ctx, j) || beforePlace(ctx, j))) {
      last = j++;
      continue;
    }
    const chainEnd = last === head.last ? constructAfterHead(ctx, head.last, j) : -1;
    if (chainEnd >= 0) {
      last = chainEnd;
      j = chainEnd + 1;
      continue;
    }
    if (!roleContinues(ctx, j) && !namesBodyOrArea(ctx, last, j)) break;
    last = j++;
  }
  // Trailing English "of/the/and" is not part of the role, nor an Arabic preposition whose object
  // the role did not take ("مدير التمرين من الجانب العماني" cut at الجانب).
  while (last > head.last && (["of", "the", "for", "and"].includes(tokens[last]!.key) || TRAILING_PREPOSITIONS.has(tokens[last]!.key))) last--;
  const start = lead < i ? tokens[lead]!.start : head.start;
  const s = span(ctx, lead, last, start);
  const surface = (head.clitic && head.surface.startsWith("ا") && !text.slice(start).startsWith("ا") ? "ا" + s.surface : s.surface).replace(/^(the|The) /, "");
  // "The First Deputy Prime Minister": the article is no part of the role, nor of its offsets.
  const article = /^(the|The) /.test(s.surface) ? 4 : 0;
  return { ...s, start: s.start + article, surface, prepositional, counterpart, plural, conjoined: /^[وف]/.test(head.clitic) };
}

// Arabic prepositions a role cannot end on (keys).
const TRAILING_PREPOSITIONS = new Set(["من", "في", "عن", "الي", "علي", "لدي", "مع"]);

/**
 * An indefinite word that still belongs to a role because the word before it asks for a name:
 * the body a spokesman speaks for ("المتحدث باسم خلية الإعلام"), the affairs an envoy deals with
 * ("لشؤون نزع السلاح"), the rest of a body's name after
 * its head ("قوات خفر السواحل"), or the area of a local office ("رئيس بلدية كفركلا"). A personal
 * name never opens there: a given name ends the role.
 */
function namesBodyOrArea(ctx: Ctx, last: number, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j]!;
  if (!t.arabic || t.kind !== "word" || isGivenName(t) || isStopToken(t) || rankAt(ctx, j)) return false;
  const before = tokens[last]!;
  if (officeAreaKeys.has(before.key) || isPlaceHeadAt(ctx, last)) return true;
  // A body's name goes on as a construct: the indefinite word takes a definite one after it.
  const definiteNext = tokens[j + 1]?.arabic === true && tokens[j + 1]!.key.startsWith("ال");
  // "لشؤون نزع السلاح": the affairs an office deals with are named by a construct too.
  return definiteNext && (before.key === "باسم" || readings(before.key).some((r) => r.key === "شوون") || isOrgHeadAt(ctx, last));
}

/** An indefinite Arabic noun that can stand inside a construct chain (not a name, a verb or a time). */
function isBareNoun(ctx: Ctx, j: number, rightAfterHead = false): boolean {
  const t = ctx.doc.tokens[j];
  if (!t || t.kind !== "word" || !t.arabic || t.lineStart) return false;
  // Right after an indefinite head in construct no conjunction can stand, so the و of "قائد وحدة …"
  // is the noun's own letter.
  if (t.key.startsWith("ال") || (/^[وفي]/.test(t.key) && !(rightAfterHead && t.key.startsWith("و") && [...t.key].length >= 4)) || NAME_CONNECTORS.has(t.key) || NAME_OPENERS.has(t.key) || isGivenName(t)) return false;
  // The name reader's stop list holds nouns of offices too (مكتب، إدارة); only its short words and
  // the function words of the language break a construct.
  if (isFunctionWord(t) || (isStopToken(t) && [...t.key].length <= 3)) return false;
  return !isCalendarWord(t) && !verbLike(t) && !rankAt(ctx, j) && !isPlaceToken(ctx, j);
}

/**
 * "قائد حامية بلدة السنديان", "مدير مكتب شؤون اللاجئين": an indefinite head in construct with bare
 * nouns names an office the role lists do not hold, when the chain closes on a definite word or a
 * place, as a construct does. Returns the chain's last token, or -1. A head that ends on a
 * definite word governs nothing more (الرئيس تبون, رئيس الوزراء عبد الله …: a title and a name),
 * so only an indefinite one opens a chain.
 */
function constructAfterHead(ctx: Ctx, headLast: number, j: number): number {
  const { tokens } = ctx.doc;
  if (readings(tokens[headLast]!.key)[0]!.key.startsWith("ال") || tokens[headLast]!.key.startsWith("ال")) return -1;
  let k = j;
  while (k < j + 3 && isBareNoun(ctx, k, k === j && j === headLast + 1)) k++;
  if (k === j) return -1;
  const end = tokens[k];
  if (!end || end.kind !== "word" || !end.arabic || end.lineStart) return -1;
  if (isPlaceToken(ctx, k)) return ctx.placeAt[k]!.lastToken;
  const definite = end.key.startsWith("ال") && !isStopToken(end) && !isCalendarWord(end) && !isGivenName(end);
  return definite ? k : -1;
}

const APPOSITION_ARTICLES = new Set(["a", "an", "the"]);

/**
 * The first lower-case word of an English title in apposition ("…, a security analyst", "…, the
 * deputy chief"), when at most two such words and an article stand between a comma and the head
 * at i; -1 otherwise.
 */
function lowerCaseAppositionLead(ctx: Ctx, i: number): number {
  const { tokens } = ctx.doc;
  let k = i - 1;
  while (k >= i - 2 && tokens[k]?.kind === "word" && !tokens[k]!.capital && !tokens[k]!.arabic && !LATIN_FUNCTION_WORDS.has(tokens[k]!.key) && !isClauseWord(tokens[k]!) && !APPOSITION_ARTICLES.has(tokens[k]!.key)) k--;
  const words = i - 1 - k;
  if (APPOSITION_ARTICLES.has(tokens[k]?.key ?? "")) k--;
  if (tokens[k]?.text !== "," || (words === 0 && k === i - 1)) return -1;
  return i - words;
}

/** Last token of a region (optionally after "منطقة") starting at k, or -1. */
function areaAfter(ctx: Ctx, k: number): number {
  const at = ctx.doc.tokens[k]?.key === "منطقه" && !ctx.placeAt[k] ? k + 1 : k;
  const place = ctx.placeAt[at];
  return place && place.kind === "region" && place.firstToken === at && !place.viaDemonym ? place.lastToken : -1;
}

function isPostedHead(t: Token): boolean {
  return readings(t.key).some((r) => postedHeadKeys.has(r.key.replace(/^ال/, "")));
}

/**
 * "وزير الدفاع وقدامى المحاربين", "مدير إدارة واستثمار المرفأ": و joins a second field to an office
 * that has not yet named its state. The word after و is indefinite and no name, and the phrase
 * goes on after it.
 */
function joinsDomain(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  const bare = readings(t.key).find((r) => r.cut === 1 && t.key.startsWith("و"));
  if (!bare || bare.key.startsWith("ال") || bare.key.length < 3 || isGivenName(t) || isGivenName({ ...t, key: bare.key })) return false;
  if (isStopToken({ ...t, key: bare.key }) || pluralRoleKeys.has(bare.key) || hasTanween(t)) return false;
  const next = ctx.doc.tokens[k + 1];
  if (!next || next.lineStart || next.kind !== "word") return false;
  // Its complement is definite or a place: "وقدامى المحاربين", "واستثمار مرفأ بيروت" ("وفدا من" is an object).
  return (readings(next.key).some((r) => r.key.startsWith("ال")) && !isStopToken(next) && !hasTanween(next)) || beforePlace(ctx, k + 1) || isPlaceToken(ctx, k + 1);
}

/** "لإدارة مرفأ بيروت", "رئيس جامعة القاهرة": an indefinite noun whose complement is a place. */
function beforePlace(ctx: Ctx, k: number): boolean {
  const t = ctx.doc.tokens[k]!;
  if (t.kind !== "word" || !t.arabic || isPlaceToken(ctx, k) || isGivenName(t) || isStopToken(t) || t.key.startsWith("و")) return false;
  const next = ctx.doc.tokens[k + 1];
  return !!next && !next.lineStart && isPlaceToken(ctx, k + 1);
}

/** True when tokens first..last name a state (a country or its demonym). */
export function hasStateSoFar(ctx: Ctx, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (ctx.placeAt[k]?.iso2) return true;
  return false;
}

const LATIN_FUNCTION_WORDS = new Set(["of", "the", "for", "and"]);

/** True when a state's possessive stands right before token k ("Cambodia's", "Turkey’s"). */
export function ownedByState(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx.doc;
  return tokens[k - 1]?.key === "s" && ["’", "'"].includes(tokens[k - 2]?.text ?? "") && !!ctx.placeAt[k - 3]?.iso2;
}

function possessive(t: Token): boolean {
  const raw = t.text.replace(/[\u064B-\u065F\u0670\u0640]/g, "");
  if (isGivenName(t)) return false;
  if (/(الله|لله)$/.test(raw)) return false;
  // The article and a pronoun suffix never go together: "الفقيه", "النبيه" end in a root ه.
  if (raw.startsWith("ال")) return false;
  if (raw.length >= 4 && /ه$/.test(raw)) return true;
  return raw.length >= 5 && /(ها|هم|هما|كم)$/.test(raw);
}

/** A word that can go on a name: Arabic, indefinite, no particle, no verb. */
function nameWordAfter(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && t.arabic && !t.lineStart && !t.key.startsWith("ال") && !isStopToken(t) && !verbLike(t);
}

function verbLike(t: Token): boolean {
  return t.arabic && /^(يت|تت|يست|تست|يقو|ينت)/.test(t.key) && !isGivenName(t);
}

export interface NameSpan extends Span {
  /** Name keys with "عبد X" joined, for matching. */
  keys: string[];
}

function joinKeys(tokens: readonly Token[], first: number, last: number): string[] {
  const out: string[] = [];
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") continue;
    const prev = out[out.length - 1];
    if (prev === "عبد" || prev === "ابو" || prev === "abu") out[out.length - 1] = prev + t.key;
    else out.push(t.key.replace(/^al$/, "al"));
  }
  return out;
}

/** A personal name starting at i (after an anchor). `afterRank` allows a bare family name with ال. */
export function nameAt(ctx: Ctx, i: number, afterRank: boolean): NameSpan | null {
  const { tokens } = ctx.doc;
  let j = i;
  // "الفريق/ أحمد", "وزير الدفاع الصيني “دونغ جون”", "الفريق: X"
  let quoted = false;
  while (j < tokens.length && tokens[j]!.kind === "punct" && ["/", ":", "“", "\"", "«", "'"].includes(tokens[j]!.text) && j - i < 2) {
    if (tokens[j]!.text !== "/" && tokens[j]!.text !== ":") quoted = true;
    j++;
  }
  const first = tokens[j];
  // A name sits on the same line as its anchor.
  if (!first || first.kind !== "word" || (first.lineStart && j > 0)) return null;
  return first.arabic ? arabicName(ctx, j, afterRank, quoted) : latinName(ctx, j);
}

/**
 * "ألماز سادييف", "ألكسندر …": the article is written ال, never with a hamza, so a word printed
 * أل/إل before another name word opens a name, not a definite noun. Verbs printed so ("ألقى",
 * "ألغى") end in ى or stand before a definite word, and are left out.
 */
function hamzaAlName(t: Token, next: Token | undefined): boolean {
  if (!/^[أإ]ل/.test(t.text) || /ى$/.test(t.text) || t.key.length < 4) return false;
  return !!next && next.kind === "word" && next.arabic && !next.key.startsWith("ال") && !isStopToken(next) && !verbLike(next);
}

/**
 * "رونالدو باوتيستا … وقال باوتيستا", "كارمن فالديفيا … وزارت فالديفيا": a word of a name that
 * opens with ب ل ك or فال is the name's own letter when the article prints the very same word
 * again right after a verb it is the subject of, where no preposition or conjunction can stand.
 * A place or a function word read under the proclitic is still the proclitic's.
 */
function printedAgain(ctx: Ctx, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j]!;
  if (ctx.placeAt[j]) return false;
  if (readings(t.key).some((r) => r.cut > 0 && (isStopKey(r.key) || functionWordKeys.has(r.key)))) return false;
  const afterVerb = (k: number) => {
    const prev = tokens[k - 1];
    return !!prev && prev.kind === "word" && (SUBJECT_VERBS.has(prev.key) || (/^[وف]/.test(prev.key) && SUBJECT_VERBS.has(prev.key.slice(1))));
  };
  return (subjectPositions(ctx.doc, afterVerb).get(t.key) ?? 0) > 0;
}

// Verbs whose next word is a person: speech verbs (their subject), and meeting and travel verbs
// (subject or the person met). Verbs that take things ("قدم برنامجا") are left out.
const SUBJECT_VERBS = new Set([...speechKeys, ...["قالت", "أضافت", "أوضحت", "أكد", "أكدت", "صرحت", "زار", "زارت", "وصل", "وصلت", "التقى", "التقت", "استقبل", "استقبلت", "غادر", "غادرت"].map(wordKey)]);

const subjectPositionsOf = new WeakMap<Doc, Map<string, number>>();
/** How often each word stands right after a verb of speech or action (as its subject). */
function subjectPositions(doc: Doc, afterVerb: (k: number) => boolean): Map<string, number> {
  let m = subjectPositionsOf.get(doc);
  if (!m) {
    m = new Map();
    doc.tokens.forEach((t, k) => {
      if (t.kind === "word" && t.arabic && afterVerb(k)) m!.set(t.key, (m!.get(t.key) ?? 0) + 1);
    });
    subjectPositionsOf.set(doc, m);
  }
  return m;
}

function arabicName(ctx: Ctx, i: number, afterRank: boolean, quoted: boolean): NameSpan | null {
  const { tokens } = ctx.doc;
  const t0 = tokens[i]!;
  if (!t0.arabic) return null;
  if (isStopToken(t0) && !(t0.key === "علي" && t0.text.endsWith("ي"))) return null;
  if (isAlaMisspelt(t0, tokens[i + 1]) || isCalendarWord(t0)) return null;
  if (isRoleHeadAt(ctx, i) || rankAt(ctx, i)) return null;
  if (/^(وال|بال|لل|كال|فال)/.test(t0.key)) return null;
  if (t0.key.startsWith("ال") && !afterRank && !isGivenName(t0) && !hamzaAlName(t0, tokens[i + 1]) && !opensPatronymic(tokens, i)) return null;
  if (isPlaceToken(ctx, i) && !isGivenName(t0)) return null;
  if (possessive(t0) || verbLike(t0) || hasTanween(t0) || isFeminineParticiple(t0)) return null;
  // "فيصل" holds the visit verb "يصل" after a ف; a known given name is the name.
  if (isOrgHeadAt(ctx, i) || isPlaceHeadAt(ctx, i) || (readings(t0.key).some((r) => eventWordKeys.has(r.key)) && !isGivenName(t0))) return null;
  // Present-tense verbs open with ي; the given names that do are in the name list. After a rank a
  // foreign given name may open so ("الفريق أول يرجان …") when a name word follows it, where a
  // verb would take a definite object ("اللواء يتفقد القوات").
  if (/^ي/.test(t0.key) && !isGivenName(t0) && !(afterRank && !verbLike(t0) && nameWordAfter(tokens[i + 1]))) return null;
  let last = i;
  let count = 1;
  // Past the length limit, only the word a connector calls for ("… بن حسن آل ثاني").
  const afterConnector = (j: number) => NAME_CONNECTORS.has(tokens[j - 1]!.key) || tokens[j - 1]!.text === "آل";
  for (let j = i + 1; j < tokens.length && (count < MAX_NAME || afterConnector(j)); j++) {
    const t = tokens[j]!;
    if (t.lineStart || t.kind !== "word" || !t.arabic) break;
    const k = t.key;
    if (NAME_CONNECTORS.has(k) || k === "ال" || k === "آل" || t.text === "آل") {
      last = j;
      count++;
      continue;
    }
    // A weekday, a month or "اليوم" after a name is when, not who ("كوندوليزا رايس الأربعاء"), and so
    // is a time of day before one ("مصطفى مدبولي صباح أمس"; صباح alone is a name).
    if (isCalendarWord(t) || isAlaMisspelt(t, tokens[j + 1])) break;
    if (TIME_OF_DAY.has(k) && tokens[j + 1] && isCalendarWord(tokens[j + 1]!)) break;
    // "الفريق" ends a name even where it is the team and so no rank.
    if (readings(k).some((r) => TEAM_RANK_KEYS.has(r.key))) break;
    if (k === "علي" && t.text.endsWith("ي")) {
      last = j;
      count++;
      continue;
    }
    if (isStopToken(t)) break;
    // "كارمن لوسيا فالديفيا أرانيبار أجرت …": a verb a name is the subject of ends the name.
    if (count >= 2 && (nameVerbKeys.has(k) || (/^[وف]/.test(k) && nameVerbKeys.has(k.slice(1)))) && !isGivenName(t)) break;
    if ((rankAt(ctx, j) && !(count >= 2 && isTitleAsFamilyName(ctx, j))) || (isRoleHeadAt(ctx, j) && !(count >= 2 && isHeadWithoutOffice(ctx, j)) && !isDefiniteGivenName(ctx, j))) break;
    if (/^(وال|بال|لل|كال|فال)/.test(k) && !(k.startsWith("فال") && printedAgain(ctx, j))) break;
    // "خالد العمري الضيوف": after a family name in ي (a nisba) a definite word that is no nisba
    // is the verb's object, not more of the name.
    if (count >= 2 && k.startsWith("ال") && !/ي$/.test(k) && /^ال.+ي$/.test(tokens[j - 1]!.key) && !isGivenName(t)) break;
    if (count >= 2 && !isGivenName(t) && !afterConnector(j) && (opensObjectPhrase(tokens, ctx.placeAt, j) || isDerivedFeminineVerb(t))) break;
    if (k.startsWith("و") && (count >= 2 || readings(k).some((r) => r.cut && (isStopToken({ ...t, key: r.key }) || isGivenNameKey(r.key))))) break;
    // "أبو بكر سالم باعوضة أن": a family name in با (Hadramawt) closes a name before a function word;
    // elsewhere ب is the preposition ("محمد سالم باسم الوزارة").
    const familyInBa = /^با[^ل]../.test(k) && (!tokens[j + 1] || tokens[j + 1]!.kind !== "word" || tokens[j + 1]!.lineStart || isStopToken(tokens[j + 1]!));
    // "نجاة عمر كامارا": the preposition ك seldom follows a name, and before a word with a plain
    // alef it is a foreign name's own letter (كامارا، كابيلا); "كأحد" is printed with its hamza.
    const foreignKa = /^كا/.test(t.text.replace(/[\u064B-\u065F\u0640]/gu, ""));
    if (count >= 2 && /^[بلك]/.test(k) && !isGivenName(t) && !familyInBa && !foreignKa && !printedAgain(ctx, j) && !afterConnector(j)) break;
    if (possessive(t) || verbLike(t) || hasTanween(t)) break;
    if (isOrgHeadAt(ctx, j) || isPlaceHeadAt(ctx, j) || (readings(k).some((r) => eventWordKeys.has(r.key)) && !isGivenName(t))) break;
    if (/^ي/.test(k) && !isGivenName(t) && count >= 2) break;
    // "يعقوب ولد أعمر المشروع": the father's name that ولد calls for ends a Maghreb name; only a
    // compound given name goes on with the article (ولد محمد الأمين).
    if (k.startsWith("ال") && tokens[j - 2]?.key === "ولد" && !isGivenName(tokens[j - 1]!)) break;
    const place = ctx.placeAt[j];
    if (place && (place.kind === "country" || place.viaDemonym) && !isGivenName(t) && !countryWordInName(ctx, j, place)) break;
    // "… بميناء الدار البيضاء": a city of two words or with the article is where, not a family name.
    if (place && place.firstToken === j && (place.lastToken > j || k.startsWith("ال")) && !isGivenName(t) && !NAME_CONNECTORS.has(tokens[j - 1]!.key)) break;
    last = j;
    count++;
  }
  // A name never ends on a connector.
  while (last > i && NAME_OPENERS.has(tokens[last]!.key)) last--;
  // "(د ب أ)", "أ ش أ": an agency's letter code, not a name.
  if (tokens.slice(i, last + 1).every((t) => t.kind !== "word" || [...t.key].length <= 1)) return null;
  if (quoted && ctx.doc.tokens[last + 1] && /[”"»']/.test(ctx.doc.tokens[last + 1]!.text) === false) {
    // Unbalanced quote: keep what we read.
  }
  const s = span(ctx, i, last);
  return { ...s, keys: joinKeys(tokens, i, last) };
}

/**
 * "اللواء إبراهيم بابا غانا ساني، قائد …": a state's one-word name inside a personal name, where
 * a bare name word follows it and closes the name at a comma. A state after a name is otherwise
 * the verb's object or a venue ("زار الوزير X تونس أمس"), which no such word follows.
 */
function countryWordInName(ctx: Ctx, j: number, place: PlaceHit): boolean {
  const { tokens } = ctx.doc;
  if (place.viaDemonym || place.firstToken !== j || place.lastToken !== j || tokens[j]!.key.startsWith("ال")) return false;
  const next = tokens[j + 1];
  const after = tokens[j + 2];
  if (!next || next.kind !== "word" || !next.arabic || next.lineStart || !after || !COMMAS.has(after.text)) return false;
  if (next.key.startsWith("ال") || /^[وفبلك]/.test(next.key) || isStopToken(next) || isCalendarWord(next) || ctx.placeAt[j + 1]) return false;
  return !verbLike(next) && !hasTanween(next) && !isRoleHeadAt(ctx, j + 1) && !rankAt(ctx, j + 1);
}

const COMMAS = new Set(["،", ","]);

/**
 * "ظفر إقبال ملك والوفد": a bare, indefinite role head with nothing of an office after it is a
 * family name (Malik, Amin), not the start of a role.
 */
function isHeadWithoutOffice(ctx: Ctx, j: number): boolean {
  const t = ctx.doc.tokens[j]!;
  if (t.key.startsWith("ال") || readings(t.key).some((r) => r.cut > 0)) return false;
  const role = roleAt(ctx, j);
  if (!role || role.last !== j) return false;
  const next = ctx.doc.tokens[j + 1];
  if (!next || next.kind !== "word" || next.lineStart) return true;
  // "مازن الفارس قائد حامية بلدة …": a head in construct with a bare noun opens an office the
  // role reader does not know, so it still ends the name; a family name is followed by و, a
  // given name, a word of time or a verb, not by a noun it governs.
  if (next.arabic && !next.key.startsWith("ال") && !next.key.startsWith("و") && !isStopToken(next) && !isCalendarWord(next) && !verbLike(next) && !/^ي/.test(next.key) && !isGivenName(next)) return false;
  return !isGivenName(next);
}

/**
 * "جوزيف نعمة الحاج، …": an honorific title (الحاج، الشيخ) last in a name, with no name after it,
 * is the family name.
 */
function isTitleAsFamilyName(ctx: Ctx, j: number): boolean {
  const rank = rankAt(ctx, j);
  if (!rank || rank.military || rank.last !== j || ctx.doc.tokens[j]!.key !== readings(ctx.doc.tokens[j]!.key)[0]!.key) return false;
  const next = ctx.doc.tokens[j + 1];
  return !next || next.lineStart || next.kind !== "word" || isStopToken(next) || isCalendarWord(next);
}

/**
 * "الصادق الأمين حامد": a role head that is a given name with the article (الأمين، Amin), before
 * an indefinite word that opens no office, is the middle of a name, not a title.
 */
function isDefiniteGivenName(ctx: Ctx, j: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if (!t.key.startsWith("ال") || !isGivenNameKey(t.key.slice(2)) || !next || next.kind !== "word" || !next.arabic || next.lineStart) return false;
  return !next.key.startsWith("ال") && !next.key.startsWith("و") && !isStopToken(next) && !isCalendarWord(next) && !verbLike(next) && !/^ي/.test(next.key);
}

function isGivenNameKey(k: string): boolean {
  return isGivenName({ key: k } as Token);
}

const LATIN_CONNECT = new Set(["bin", "bint", "ibn", "al", "el", "de", "van", "von", "der", "da", "di", "la", "le", "abu"]);

function latinName(ctx: Ctx, i: number): NameSpan | null {
  const { tokens } = ctx.doc;
  const t0 = tokens[i]!;
  if (!t0.capital || (isStopToken(t0) && !isGivenSaid(tokens, i)) || isCalendarWord(t0) || isRoleHeadAt(ctx, i) || rankAt(ctx, i)) return null;
  if (isPlaceToken(ctx, i) && !isGivenName(t0)) return null;
  let last = i;
  let words = 1;
  for (let j = i + 1; j < tokens.length && words < 5; j++) {
    const t = tokens[j]!;
    if (t.lineStart) break;
    if (t.text === "-" && !t.spaceBefore && tokens[j + 1]?.kind === "word" && !tokens[j + 1]!.spaceBefore) {
      last = j + 1;
      j++;
      continue;
    }
    if (t.text === "." && !t.spaceBefore && tokens[j - 1]!.text.length === 1) {
      last = j;
      continue;
    }
    if (t.kind !== "word") break;
    if (!t.spaceBefore && tokens[j - 1]!.kind === "word") break;
    if (LATIN_CONNECT.has(t.key) && tokens[j + 1]?.capital) {
      last = j;
      continue;
    }
    // "Thabet al-Abbasi", "Abdel Fattah el-Sisi": a lower-case article glued to the family name.
    const glued = tokens[j + 2];
    if (LATIN_CONNECT.has(t.key) && tokens[j + 1]?.text === "-" && !tokens[j + 1]!.spaceBefore && glued?.capital && !glued.spaceBefore) {
      last = j + 2;
      j += 2;
      words++;
      continue;
    }
    if (!t.capital || (isStopToken(t) && !isGivenSaid(tokens, j)) || isCalendarWord(t) || isRoleHeadAt(ctx, j) || rankAt(ctx, j)) break;
    if (isPlaceToken(ctx, j) && !isGivenName(t)) break;
    last = j;
    words++;
  }
  const s = span(ctx, i, last);
  return { ...s, keys: joinKeys(tokens, i, last).filter((k) => k !== "-") };
}

/**
 * "Said Hassan met …": the given name Said, spelt like the verb, opens a name when a capitalized
 * word follows it; the verb ("said Hassan", "Said the minister") is lower-case or followed by one.
 */
function isGivenSaid(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return t.text === "Said" && !!next && next.kind === "word" && !next.arabic && next.capital && next.spaceBefore && !next.lineStart && !isStopToken(next);
}

/** A name that ends right before token `end` (exclusive), read backwards: "سيباستيان لوكورنو، وزير". */
export function nameBefore(ctx: Ctx, end: number): NameSpan | null {
  const { tokens } = ctx.doc;
  let j = end - 1;
  if (j < 0) return null;
  let first = -1;
  let count = 0;
  while (j >= 0 && count < 5) {
    const t = tokens[j]!;
    if (t.kind !== "word") {
      if (t.text === "-" && !t.spaceBefore && !tokens[j + 1]?.spaceBefore && !tokens[j]!.arabic) {
        j--;
        continue;
      }
      break;
    }
    if (isCalendarWord(t)) break;
    if (t.arabic) {
      // "فيصل" reads as ف + a verb; a given name that opens with ف or و is still the name.
      if (isStopToken(t) && !NAME_CONNECTORS.has(t.key) && !(isGivenName(t) && /^[فو]/.test(t.key))) break;
      if (possessive(t) || verbLike(t)) break;
      if (/^(وال|بال|لل|كال|فال)/.test(t.key)) break;
      if (ctx.placeAt[j] && !isGivenName(t)) break;
      if (isRoleHeadAt(ctx, j) || rankAt(ctx, j)) break;
    } else if (LATIN_CONNECT.has(t.key) && !t.capital && first >= 0 && tokens[j - 1]?.capital) {
      // "Mohammed bin Salman": a lower-case connector inside a Latin name.
    } else if (!t.capital || (isStopToken(t) && !isGivenSaid(tokens, j)) || ctx.placeAt[j]) break;
    first = j;
    count++;
    if (t.lineStart) break;
    j--;
  }
  if (first < 0) return null;
  // Drop a leading conjunction word that is not a name, then require a plausible name: two words
  // or more, the first of them not a definite noun unless it is a known given name.
  let f = first;
  while (f < end - 1 && NAME_OPENERS.has(tokens[f]!.key) && tokens[f]!.key !== "عبد" && tokens[f]!.key !== "ابو") f++;
  const t0 = tokens[f]!;
  if (t0.arabic && t0.key.startsWith("ال") && !isGivenName(t0)) return null;
  // "رئيس هيئة الأركان المشتركة، مساعد …": the complement of the office before it, not a name.
  if (t0.arabic && !isGivenName(t0) && (roleContinuerKeys.has(t0.key) || isOrgHeadAt(ctx, f))) return null;
  if (t0.arabic && t0.key.startsWith("و") && !isGivenName(t0)) {
    const bare = readings(t0.key).find((r) => r.cut === 1);
    if (bare && isGivenNameKey(bare.key)) {
      // "ومحمد X،" — the و is a conjunction; the name starts after it.
      const s = span(ctx, f, end - 1, t0.start + 1);
      return { ...s, keys: [bare.key, ...joinKeys(tokens, f + 1, end - 1)] };
    }
  }
  const words = tokens.slice(f, end).filter((t) => t.kind === "word").length;
  if (words < 2) return null;
  const s = span(ctx, f, end - 1);
  return { ...s, keys: joinKeys(tokens, f, end - 1) };
}

// "met Hulusi Akar", "talks with Sergei Shoigu": verbs and "with" before a bare name.
const LATIN_VERB_BEFORE_NAME = new Set(["met", "meets", "received", "receives", "welcomed", "welcomes", "hosted", "hosts", "thanked", "congratulated", "invited", "told", "with", "by"]);
const LATIN_SURNAME_PARTICLE = /^(al|el|bin|ibn|abu|de|van|von|der|da|di|la|le)$/;

// Asked at every Arabic word of an article: kept with the word's printed form.
const NAME_VERB_SLOT = formMemoSlot();

/** Whether a reading of the word is a verb of saying or doing that opens a bare name. */
function opensWithNameVerb(t: Token): boolean {
  let v = formMemo(t, NAME_VERB_SLOT) as boolean | undefined;
  if (v === undefined) {
    v = tokenReadings(t).some((r) => nameVerbKeys.has(r.key));
    setFormMemo(t, NAME_VERB_SLOT, v);
  }
  return v;
}

/**
 * A name with no rank or role, anchored on a verb of saying or doing: in Arabic the verb comes
 * first and the name is a known given name plus one to three more words, ending where an
 * ordinary word starts (قال محمد سالم إن …); in English two to four capitalized words that are no
 * place, title or body, right before the verb ("Sergei Shoigu said", "Hulusi Akar met").
 */
export function bareNameAt(ctx: Ctx, i: number): NameSpan | null {
  const { tokens } = ctx.doc;
  const t = tokens[i];
  if (!t || t.kind !== "word") return null;
  if (t.arabic) {
    if (!opensWithNameVerb(t)) return null;
    const first = tokens[i + 1];
    if (!first || first.lineStart || !isGivenName(first)) return null;
    const name = nameAt(ctx, i + 1, false);
    if (!name || name.keys.length < 2) return null;
    // Keep the longest part that ends before a word that cannot be a name's: punctuation, a
    // particle (إن، أن، على، في …), a preposition on a word, a date word.
    for (let last = name.last; last > name.first; last--) {
      const next = tokens[last + 1];
      const boundary = !next || next.kind !== "word" || next.lineStart || isStopToken(next) || isCalendarWord(next) || /^(ب|ل|لل|وال|بال)/.test(next.key) || hasTanween(next);
      if (!boundary) continue;
      const keys = joinKeys(tokens, name.first, last);
      if (keys.length < 2 || NAME_OPENERS.has(tokens[last]!.key)) return null;
      return { ...span(ctx, name.first, last), keys };
    }
    return null;
  }
  if (!t.capital || (tokens[i - 1]?.capital && !tokens[i - 1]!.lineStart && tokens[i - 1]!.kind === "word")) return null;
  // The anchor is the verb after the name, so a name may open its line ("Hulusi Akar met …" starting
  // a paragraph), which nameAt refuses for anchors that stand before the name.
  const name = latinName(ctx, i);
  // Particles (bin, al) are not words of the name's length: "Abdulaziz bin Saud al-Khalifa" is four.
  const nameWords = name?.keys.filter((k) => !LATIN_SURNAME_PARTICLE.test(k)).length ?? 0;
  if (!name || nameWords < 2 || nameWords > 4) return null;
  const verb = tokens[name.last + 1];
  const before = tokens[i - 1];
  // "Rukhsana Baloch, who chairs …", "…, the company's chief executive, Selam Worku, told Reuters":
  // a name set off by commas before "who" or before the verb.
  const afterComma = verb?.text === "," ? tokens[name.last + 2] : undefined;
  const commaVerb = !!afterComma && afterComma.kind === "word" && (afterComma.key === "who" || (before?.text === "," && nameVerbKeys.has(afterComma.key)));
  const verbAfter = (!!verb && verb.kind === "word" && nameVerbKeys.has(verb.key)) || commaVerb;
  const verbBefore = !!before && before.kind === "word" && LATIN_VERB_BEFORE_NAME.has(before.key);
  if (!verbAfter && !verbBefore) return null;
  if (knownOutlet(name.surface)) return null;
  for (let k = name.first; k <= name.last; k++) {
    const w = tokens[k]!;
    if (w.kind !== "word") continue;
    if (roleContinuerKeys.has(w.key) || isOrgHeadAt(ctx, k) || isCalendarWord(w) || ctx.placeAt[k]) return null;
    if (!w.capital && !LATIN_SURNAME_PARTICLE.test(w.key)) return null;
  }
  return name;
}

/**
 * A name right after a nationality adjective, with no role ("سلم الفرنسي جان لوران رسالة …",
 * "للصربي ميلان جوفيتش"): the adjective must not qualify a noun before it ("الجيش الفرنسي") and
 * the name, two words or more, ends where an ordinary word starts. Returns the name and the state.
 */
export function nameAfterNationality(ctx: Ctx, i: number): { name: NameSpan; iso: string; surface: string } | null {
  const { tokens } = ctx.doc;
  const p = ctx.placeAt[i];
  const t = tokens[i];
  if (!p?.viaDemonym || !p.iso2 || p.firstToken !== i || p.lastToken !== i || !t?.arabic) return null;
  if (!readings(t.key).some((r) => r.key.startsWith("ال"))) return null;
  const prev = tokens[i - 1];
  if (prev && prev.kind === "word" && !prev.lineStart && (readings(prev.key).some((r) => r.key.startsWith("ال")) || ctx.placeAt[i - 1] || hasTanween(prev))) return null;
  const name = nameAt(ctx, i + 1, false);
  if (!name || name.keys.length < 2) return null;
  for (let last = name.last; last > name.first; last--) {
    const next = tokens[last + 1];
    const boundary = !next || next.kind !== "word" || next.lineStart || isStopToken(next) || isCalendarWord(next) || readings(next.key).some((r) => nameVerbKeys.has(r.key));
    if (!boundary) continue;
    const keys = joinKeys(tokens, name.first, last);
    if (keys.length < 2 || NAME_OPENERS.has(tokens[last]!.key)) return null;
    return { name: { ...span(ctx, name.first, last), keys }, iso: p.iso2, surface: p.surface.replace(/^[وفبل]+(?=ال)/u, "") };
  }
  return null;
}

/**
 * "التقى X Y وزير الدفاع الروسي": a name printed right before a role with no comma counts only
 * when it opens with a known given name and is two to four words long.
 */
export function givenNameBefore(ctx: Ctx, end: number): NameSpan | null {
  const name = nameBefore(ctx, end);
  if (!name || !ctx.doc.tokens[name.first]!.arabic) return null;
  const first = ctx.doc.tokens[name.first]!;
  if (!isGivenName(first) || name.keys.length < 2 || name.keys.length > 4) return null;
  return name;
}

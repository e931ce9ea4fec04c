import { sentenceOfToken } from "../document";
import { readings, tokenReadsAs, type Token } from "../text/tokens";
import { type Ctx, memoAt, memoTable, type RankSpan, span } from "./anchor-spans";
import { isBareOfficeHeadRank } from "./office-head-ranks";
import { isRoleHeadAt } from "./head-lookups";
import { addressWithoutName } from "./address-words";
import { isGivenName, keptTitleKeys, latinRankQualifierKeys, rankQualifierKeys, rankQualifierPhraseTrie, roleContinuerKeys, ruleRankTrie, teamAdjectiveKeys, teamWordKeys, ruleTitleTrie, titleWithStopKeys, unitOrdinalKeys, unitRankKeys } from "./vocabulary";

/** The rank or honorific title that anchors a name after it ("الفريق أول ركن", "السيد", "Gen."). */

/** Rank phrase at i: titles, a rank base, qualifiers (الركن، أول، طيار، (طيار)), more titles. */
export function rankAt(ctx: Ctx, i: number): RankSpan | null {
  return memoAt(ctx, "rank", i, computeRankAt);
}

function computeRankAt(ctx: Ctx, i: number): RankSpan | null {
  const { tokens, text } = ctx.doc;
  if (isBareOfficeHeadRank(ctx, i)) {
    const s = span(ctx, i, i);
    return { first: s.first, last: s.last, start: s.start, end: s.end, surface: s.surface, military: true };
  }
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
    let base = ruleRankTrie.matchAt(tokens, j, text);
    // "فريق الدعم" (a team), "لواء المشاة" (a brigade): an indefinite rank word needs a name or a
    // qualifier after it.
    if (base && t.arabic && !tokens[base.first]!.key.replace(/^[وفبلك]/, "").startsWith("ال")) {
      const nx = tokens[base.last + 1];
      // The definite article as printed: a name with hamza under its alif (إلدار، إلياس) folds to ال but is none.
      if (!nx || nx.kind !== "word" || (nx.key.startsWith("ال") && !hamzaUnderAlifName(nx) && !rankQualifierKeys.has(nx.key))) base = undefined;
    }
    // "Medical Superintendent Dr X": a police rank word before a title is an office's head.
    if (base?.value === "police" && ruleTitleTrie.matchAt(tokens, base.last + 1, text)) base = undefined;
    // "Brazilian Army Commander General X": a police rank opening with an office's head ("Commander
    // General") closes a capitalized office printed right before it; the rank is the military one after.
    if (base?.value === "police" && closesOfficeBefore(ctx, base.first)) base = undefined;
    // "مساعد المفتش العام": the Arabic inspector is a grade only right before a name.
    if (base?.value === "police" && t.arabic && !nameFollowsPoliceRank(ctx, base.last + 1)) base = undefined;
    if (base && isTeamAt(ctx, base.first, base.last)) base = undefined;
    if (base && isNumberedUnit(ctx, base.first, base.last)) base = undefined;
    if (base && (j === i || !base.clitic)) {
      if (j === i) start = base.start;
      military = true;
      last = base.last;
      j = base.last + 1;
      if (tokens[j]?.text === "." && !tokens[j]!.spaceBefore) last = j++;
      continue;
    }
    const read = givenNameBeforeWalad(tokens, j) ? undefined : ruleTitleTrie.matchAt(tokens, j, text);
    let title = read && addressWithoutName(tokens, text, read.first, read.last) ? undefined : read;
    if (title && titleWithStopKeys.has(tokens[title.last]!.key) && !(tokens[title.last + 1]?.text === "." && !tokens[title.last + 1]!.spaceBefore)) title = undefined;
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
      // "Captain (Ret.) X": an English officer's retirement in brackets after his rank is part of it.
      const retired = military ? latinBracketedQualifierEnd(tokens, j) : -1;
      if (retired >= 0) {
        last = retired;
        j = retired + 1;
        continue;
      }
    }
    break;
  }
  if (last < 0) return null;
  // Written out, not spread from the span: see nameSpan.
  const s = span(ctx, i, last, start);
  return { first: s.first, last: s.last, start: s.start, end: s.end, surface: s.surface, military };
}

/** Last token of "(Ret.)" or "(retd)" opening at j: an English rank's qualifier in brackets; else -1. */
function latinBracketedQualifierEnd(tokens: readonly Token[], j: number): number {
  const word = tokens[j + 1];
  if (tokens[j]?.text !== "(" || !word || word.arabic || !latinRankQualifierKeys.has(word.key)) return -1;
  const close = tokens[j + 2]?.text === "." ? j + 3 : j + 2;
  return tokens[close]?.text === ")" ? close : -1;
}

/** The rank at i when it opens with a police rank only the rules read ("Superintendent X"). */
export function policeRankAt(ctx: Ctx, i: number): RankSpan | null {
  const r = rankAt(ctx, i);
  return r && ruleRankTrie.matchAt(ctx.doc.tokens, i, ctx.doc.text)?.value === "police" ? r : null;
}

/**
 * Whether the token at j can open the name after a police rank: any word after an English one; after
 * an Arabic one (المفتش) a word that opens no office or rank and bears no article, since "المفتش
 * العام" and "المفتش نائب الأدميرال" are the inspector's office.
 */
export function nameFollowsPoliceRank(ctx: Ctx, j: number): boolean {
  const t = ctx.doc.tokens[j];
  if (t?.kind !== "word") return false;
  if (!t.arabic) return true;
  return !t.key.startsWith("ال") && !isRoleHeadAt(ctx, j) && !rankAt(ctx, j);
}

/** "قائد اللواء الثالث مشاة", "اللواء 35": a brigade numbered by an ordinal or a number, not the rank. */
function isNumberedUnit(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  if (first !== last || !tokenReadsAs(tokens[first]!, unitRankKeys)) return false;
  const next = tokens[last + 1];
  return !!next && (next.kind === "num" || (next.kind === "word" && unitOrdinalKeys.has(next.key)));
}

export const TEAM_RANK_KEYS = new Set(["فريق", "الفريق"]);

/**
 * "فاز الفريق الإسباني باللقب": in a sentence about sport "الفريق" is the team. It stays the rank
 * when what follows is a known given name or a rank qualifier (الفريق الركن، الفريق/ …).
 */
function isTeamAt(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  if (first !== last || !tokenReadsAs(tokens[first]!, TEAM_RANK_KEYS)) return false;
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
    for (let k = s.first; k < s.last && !v; k++) if (tokenReadsAs(tokens[k]!, teamWordKeys)) v = true;
    table[s.index] = v;
  }
  return v;
}

/** Titles that are also given names (الشيخ ولد اباه). */
const TITLE_GIVEN_NAMES = new Set(["الشيخ"]);

/**
 * "الشيخ ولد اباه": a title printed right before ولد (the Mauritanian "son of") is the bearer's given
 * name, not his title, for a title needs a name after it and ولد opens none.
 */
function givenNameBeforeWalad(tokens: Ctx["doc"]["tokens"], j: number): boolean {
  const t = tokens[j]!;
  return t.arabic && TITLE_GIVEN_NAMES.has(t.key) && tokens[j + 1]?.key === "ولد" && !tokens[j + 1]!.lineStart;
}

/** "إلدار", "إلياس": a word printed with hamza under its alif, not the preposition إلى, is no definite word. */
function hamzaUnderAlifName(t: { text: string; key: string }): boolean {
  return t.text.startsWith("إل") && t.key !== "الي";
}

/** The head at k goes on a capitalized office right before it (a state's or an office's word, no comma between). */
function closesOfficeBefore(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx.doc;
  const prev = tokens[k - 1];
  if (!prev || prev.kind !== "word" || prev.arabic || !prev.capital || tokens[k]!.lineStart || !isRoleHeadAt(ctx, k)) return false;
  return roleContinuerKeys.has(prev.key) || !!ctx.placeAt[k - 1];
}

/**
 * English offices printed as a title right before a name carry words of their own field that no
 * word list can hold in full: "Defense Production Minister X", "Information Minister X",
 * "Jonglei Governor X", "Former president X", "opposition lawmaker X", "UNMISS force commander
 * Lieutenant General X". These readers tell which words before a role head still belong to it.
 */
import type { Token } from "../text/tokens";
import { isGivenName, isStopToken, roleContinuerKeys } from "./vocabulary";
import { LATIN_FUNCTION_WORDS } from "./roles";


const CALENDAR_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * A capitalized word before a title-case office that names its field or area ("Production",
 * "Information", "Jonglei"), not a given name, a function word or a date word that only happens to
 * stand before it.
 */
export function isTitleFieldWord(t: Token): boolean {
  return t.kind === "word" && !t.arabic && t.capital && !isStopToken(t) && !isGivenName(t) && !CALENDAR_WORDS.test(t.key);
}

/** Words that open a clause after a comma (", while opposition lawmaker X"): no part of an office. */
const CLAUSE_WORDS = new Set(["while", "whereas", "but", "although", "though", "when", "as", "after", "before", "because", "since", "until", "whilst", "where"]);

export function isClauseWord(t: Token): boolean {
  return t.kind === "word" && !t.arabic && CLAUSE_WORDS.has(t.key);
}

/** An acronym of a body ("UNMISS", "AMISOM") that an office in lower case belongs to. */
function isAcronym(t: Token): boolean {
  return t.kind === "word" && !t.arabic && t.text.length >= 3 && /^[A-Z]+$/.test(t.text);
}

function opensSentence(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return !prev || tokens[k]!.lineStart || [".", "!", "?", "\u2014", "-", "\u2013", ":"].includes(prev.text);
}

/**
 * First token of the words that qualify a lower-case office right before a name ("opposition
 * lawmaker X", "Former president X", "UNMISS force commander X"), or -1 when none does. Lower-case
 * words of the office go back two at most; a capitalized one counts only when it opens the sentence
 * or is a body's acronym, so a name or a place before the office stays out.
 */
export function lowerTitleLead(tokens: readonly Token[], head: number): number {
  let k = head;
  while (k > head - 2) {
    const t = tokens[k - 1];
    // "force" is a stop word for names, yet a word of an office ("force commander").
    const officeWord = roleContinuerKeys.has(t?.key ?? "") && !LATIN_FUNCTION_WORDS.has(t?.key ?? "");
    if (!t || t.kind !== "word" || t.arabic || t.capital || (isStopToken(t) && !officeWord) || tokens[k]!.lineStart) break;
    k--;
  }
  const t = tokens[k - 1];
  if (t && t.kind === "word" && !t.arabic && !tokens[k]!.lineStart && !isStopToken(t) && ((t.capital && opensSentence(tokens, k - 1)) || isAcronym(t))) k--;
  else {
    // "Coast Guard spokesperson X": a body's capitalized words opening the sentence, two or three.
    const opening = sentenceOpeningBody(tokens, k);
    if (opening >= 0) k = opening;
  }
  return k < head ? k : -1;
}

/** Most capitalized words of a body opening the sentence before a lower-case office. */
const OPENING_BODY_WORDS = 3;

/**
 * First token of two or three capitalized words that open the sentence right before token k
 * ("Coast Guard", "Border Police"), none a given name, or -1. A name or a place printed mid-sentence
 * before an office stays out.
 */
function sentenceOpeningBody(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= k - OPENING_BODY_WORDS && j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind !== "word" || t.arabic || !t.capital || isGivenName(t) || CALENDAR_WORDS.test(t.key) || (tokens[j + 1]!.lineStart && j + 1 < k)) return -1;
    if (j < k - 1 && opensSentence(tokens, j)) return j;
  }
  return -1;
}

/** The word after a lower-case office opens a name: capitalized, and no function word. */
export function opensNameAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.kind === "word" && !t.arabic && t.capital && !isStopToken(t) && !t.lineStart;
}

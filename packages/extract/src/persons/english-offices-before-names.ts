/**
 * English news often names an office first and the person after a comma: "the company's chief
 * executive, X", "Its representative in Y, X", "The UNMISS force commander, Lieutenant General X".
 * The office is lower case and opens after a determiner or a possessive; it is the person's only
 * when the comma is followed by a name or a rank (checked once the office's extent is known).
 */
import type { Token } from "../text/tokens";
import { isStopToken, roleContinuerKeys } from "./vocabulary";
import { LATIN_FUNCTION_WORDS } from "./roles";

// Words that make what follows a definite description: "the", "its", "their", a possessive's "s".
const DETERMINERS = new Set(["the", "its", "their", "his", "her"]);

const isLowerWord = (t: Token | undefined) => !!t && t.kind === "word" && !t.arabic && !t.capital && !t.lineStart;
const isAcronym = (t: Token) => t.kind === "word" && !t.arabic && t.text.length >= 2 && /^[A-Z]+$/.test(t.text);

/**
 * First token of an office in lower case that opens right after a determiner or a possessive
 * ("the UNMISS force commander", "the ministry's secretary-general"), or -1. Up to two lower-case
 * words of the office and one acronym may stand before the head at i, and a nationality before a
 * lower-case word of the office ("the Italian defence attaché"), told by `isNationality`.
 */
export function officeBeforeNameLead(tokens: readonly Token[], head: number, isNationality?: (k: number) => boolean): number {
  let k = head;
  let nationality = false;
  while (k > head - 3) {
    const t = tokens[k - 1];
    // "the bank's vice-president": a lower-case word glued to the head by a hyphen is the office's.
    if (t?.text === "-" && !t.spaceBefore && !tokens[k]!.spaceBefore && k === head && isLowerWord(tokens[k - 2])) {
      k -= 2;
      continue;
    }
    if (!t || t.kind !== "word" || t.arabic || tokens[k]!.lineStart) break;
    const officeWord = !t.capital && (!isStopToken(t) || (roleContinuerKeys.has(t.key) && !LATIN_FUNCTION_WORDS.has(t.key)));
    // "the Italian defence attaché in X, Colonel Y": the state's nationality opens the office, once.
    const national: boolean = !officeWord && !nationality && k < head && !!isNationality?.(k - 1);
    if (!officeWord && !isAcronym(t) && !national) break;
    nationality ||= national;
    k--;
  }
  const before = tokens[k - 1];
  if (!before || before.arabic || tokens[k]!.lineStart) return -1;
  const possessive = before.key === "s" && ["'", "’"].includes(tokens[k - 2]?.text ?? "") && !before.spaceBefore;
  if (DETERMINERS.has(before.key)) return k;
  return possessive ? capitalizedOwner(tokens, k - 2) ?? k : -1;
}

/**
 * "The African Union's special envoy": the body that owns the office, of capitalized words before
 * the apostrophe at `apostrophe` (the article left out), is part of it, so an international body's
 * official is read as one. Undefined when the owner is in lower case ("the ministry's").
 */
function capitalizedOwner(tokens: readonly Token[], apostrophe: number): number | undefined {
  let k = apostrophe;
  while (k > apostrophe - 4 && tokens[k - 1]?.kind === "word" && !tokens[k - 1]!.arabic && tokens[k - 1]!.capital && !DETERMINERS.has(tokens[k - 1]!.key) && !tokens[k]!.lineStart) k--;
  return k < apostrophe ? k : undefined;
}

/**
 * True when a comma follows the office ending at `last` and a capitalized word after it opens a name
 * or a rank; `opensRank` tells a rank printed as a common word ("General").
 */
export function setOffBeforeName(tokens: readonly Token[], last: number, opensRank?: (k: number) => boolean): boolean {
  const comma = tokens[last + 1];
  const next = tokens[last + 2];
  return comma?.text === "," && !!next && next.kind === "word" && !next.arabic && next.capital && !next.lineStart && (!isStopToken(next) || !!opensRank?.(last + 2));
}

/**
 * "the commander of the peacekeeping battalion, Lieutenant Colonel X": a lower-case field after
 * "of" or "for" (the article allowed, one to three words) between the office ending at `last` and
 * the comma before a name or a rank. Its last token, or -1 when no such field is set off there.
 */
export function lowerFieldBeforeName(tokens: readonly Token[], last: number): number {
  if (!["of", "for"].includes(tokens[last + 1]?.key ?? "")) return -1;
  let k = last + 2;
  if (tokens[k]?.key === "the") k++;
  for (let end = k; end < k + 3; end++) {
    const t = tokens[end];
    if (!t || t.kind !== "word" || t.arabic || t.capital || t.lineStart || isStopToken(t)) return -1;
    if (setOffBeforeName(tokens, end)) return end;
  }
  return -1;
}

// Words that may stand inside a field after its first word: "head of the X customs post in Y".
const FIELD_GLUE = new Set(["the", "of", "in", "at", "for", "and"]);

/**
 * "The commander of Colombia's Military Forces, General X", "The prefect of Alibori, X", "the
 * head of the Venezuelan customs post in Y, Colonel X": a field after "of" or "for" of up to eight
 * words in either case, a state's possessive and the words "the", "of", "in" inside it, between the
 * office ending at `last` and the comma before a name or a rank. Its last token, or -1.
 */
export function fieldBeforeName(tokens: readonly Token[], last: number, opensRank?: (k: number) => boolean): number {
  if (!["of", "for"].includes(tokens[last + 1]?.key ?? "")) return -1;
  for (let end = last + 2; end < last + 10; end++) {
    const t = tokens[end];
    if (!t || t.arabic || t.lineStart) return -1;
    const possessive = (t.key === "s" && ["'", "’"].includes(tokens[end - 1]?.text ?? "")) || ["'", "’"].includes(t.text);
    if (t.kind !== "word" && !possessive) return -1;
    // "Colombia's Armed Forces": the possessive's s and a capitalized word are no stop words ending the field;
    // nor is an office's own word in lower case ("commander of Togo's navy").
    if (t.kind === "word" && !possessive && !t.capital && isStopToken(t) && !FIELD_GLUE.has(t.key) && !roleContinuerKeys.has(t.key)) return -1;
    if (t.kind === "word" && !FIELD_GLUE.has(t.key) && setOffBeforeName(tokens, end, opensRank)) return end;
  }
  return -1;
}

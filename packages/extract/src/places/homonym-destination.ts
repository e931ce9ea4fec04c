/**
 * "غادر الوزير عائدا إلى الخبر.": a place name that is also a common word (الخبر 'the news') is the
 * town when a verb of going points at it and it closes the clause (a punctuation mark or the end of
 * the line right after it). The word meant as a noun goes on with what it governs or qualifies
 * ("عاد إلى الخبر الذي نشرته"), so a name standing alone where a journey ends is the place.
 * English prints the name capitalized, so one followed by a word in lower case ("will fly to Galle
 * on Monday") ends there as well.
 */
import type { Token } from "../text/tokens";
import { isTravelDestination } from "./travel-destination";

export function homonymAsDestination(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  const closes = !next || next.lineStart || (next.kind === "punct" && next.text !== "-" && next.text !== "–") || endsEnglishName(tokens[first]!, next);
  return closes && isTravelDestination(tokens, first);
}

function endsEnglishName(name: Token, next: Token): boolean {
  return !name.arabic && !!name.capital && next.kind === "word" && !next.arabic && !next.capital;
}

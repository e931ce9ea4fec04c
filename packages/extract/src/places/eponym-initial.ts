import type { Token } from "../text/tokens";
import { isCalendarWord, isStopToken } from "../persons/vocabulary";

/*
 * "Marten K. Dorvell International Airport": a site named after a person keeps the person's middle
 * initial, and the initial's full stop ends no name there. When a site's English name opens at
 * `first`, a capital letter with its stop set tight before it, and a capitalized given name before
 * that, belong to the name.
 */

const INITIAL = /^\p{Lu}$/u;

/** A capitalized word that may open a person's name inside a site's name. */
function givenNameWord(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && !t.arabic && !!t.capital && !t.lineStart && !isStopToken(t) && !isCalendarWord(t);
}

/** The first token of the site's name with the eponym's given name and initial before `first`, or `first`. */
export function eponymInitialStart(tokens: readonly Token[], first: number): number {
  const stop = tokens[first - 1];
  const initial = tokens[first - 2];
  const given = tokens[first - 3];
  if (!stop || !initial || stop.text !== "." || stop.start !== initial.end || tokens[first]!.lineStart || stop.lineStart || initial.lineStart) return first;
  if (initial.kind !== "word" || !INITIAL.test(initial.text) || !givenNameWord(given) || given!.end + 1 !== initial.start) return first;
  return first - 3;
}

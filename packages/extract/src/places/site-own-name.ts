import { isCalendarWord, stopKeys } from "../persons/vocabulary";
import { isFunctionWord } from "../text/function-words";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";

export const timeOfDayKeys = new Set(["صباح", "صباحا", "مساء", "مساءً", "ظهر", "ظهرا", "فجر", "فجرا", "ليلة", "ليلا", "عصر"].map((w) => matchKey(w)));

/** Nothing of the name goes on after `t`: the line, a clause, a preposition or a time ends it. */
function closesPhrase(t: Token | undefined): boolean {
  return !t || t.lineStart || t.kind !== "word" || isCalendarWord(t) || timeOfDayKeys.has(t.key) || isFunctionWord(t);
}

/**
 * "قصر بيان", "في قصر بيان صباح اليوم": a palace or venue may be named by a common word that ends
 * person names elsewhere (بيان, a statement). Printed bare right after an indefinite site noun and
 * closing the phrase, that word is in construct with the noun and can only be the site's own name.
 * A particle or a clitic on it (في، وبيان) still ends the site, and so does a definite head,
 * whose next word is no name of it ("المقر بيان": the subject of a new clause).
 */
export function stopWordNamesSite(tokens: readonly Token[], head: number, j: number): boolean {
  const h = tokens[head]!;
  const t = tokens[j]!;
  if (j !== head + 1 || !h.arabic || h.key.startsWith("ال") || t.lineStart || t.kind !== "word" || !t.arabic) return false;
  if (!stopKeys.has(t.key) || isFunctionWord(t) || isCalendarWord(t) || timeOfDayKeys.has(t.key)) return false;
  return closesPhrase(tokens[j + 1]);
}

import type { Token } from "../text/tokens";

/** Words between two names joined by "و" that may hold the second one's title ("والرئيس", "وخادم الحرمين الشريفين الملك"). */
const MAX_GAP = 5;

/**
 * "بتوجيهات من الملك X والرئيس Y": the name joined by "و" to a person someone acts for is acted for
 * too. True when the words from the end of the one before (`prevLast`) to the start of this name
 * (`first`) are few, hold no punctuation, and open with the conjunction.
 */
export function joinedByAnd(tokens: readonly Token[], prevLast: number, first: number): boolean {
  if (first <= prevLast || first - prevLast > MAX_GAP) return false;
  for (let k = prevLast + 1; k < first; k++) if (tokens[k]!.kind === "punct") return false;
  const opener = tokens[prevLast + 1]!;
  return opener.arabic && !opener.lineStart && opener.key.startsWith("و") && opener.key.length > 1;
}

import type { Line } from "../document";
import type { Token } from "../text/tokens";

// Short words a title-case headline may leave in lower case ("Talks on Border", "Deal With Airbus").
const MINOR = new Set(["a", "an", "the", "and", "or", "of", "on", "in", "at", "to", "for", "with", "by", "as", "from", "after", "over", "amid"]);

/**
 * An English headline in title case ("Army Boosts Border Patrols After Deadly Raid") capitalizes
 * every word, so its capitals mark no name: a body read from it alone may run into the verb and
 * the rest of the line. Such a body is kept only when the story prints it as well.
 */
export function isTitleCaseHeadline(tokens: readonly Token[], line: Line | null): boolean {
  if (!line) return false;
  const words = tokens.slice(line.first, line.last).filter((t) => t.kind === "word");
  if (words.length < 4 || words.some((t) => t.arabic)) return false;
  const major = words.filter((t) => !MINOR.has(t.key));
  return major.length >= 3 && major.every((t) => t.capital);
}

/** Whether a body named in the headline is named by the same words, capitals and all, after it. */
export function printedAfterHeadline(text: string, line: Line, name: string): boolean {
  return text.indexOf(name, line.end) >= 0;
}

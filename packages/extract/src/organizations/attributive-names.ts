import rules from "../rules/organizations.json";
import { isFunctionWord } from "../text/function-words";
import { speechKeys } from "../persons/vocabulary";
import type { Token } from "../text/tokens";

const attributiveKeys = new Set(rules.attributiveNames.en.map((w) => w.toLowerCase()));

/**
 * "stand with its Commonwealth partners", "the Commonwealth summit": a body's name that is also the
 * adjective of what its members share, printed before a lower-case noun, qualifies that noun and
 * names no body of the story ("the Commonwealth said", "the Commonwealth and the UN" still do).
 */
export function qualifiesNounAfter(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (first !== last || !attributiveKeys.has(tokens[first]!.key) || !next || next.kind !== "word" || next.arabic || next.capital || next.lineStart) return false;
  return !isFunctionWord(next) && !speechKeys.has(next.key);
}

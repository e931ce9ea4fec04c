import rules from "../rules/organizations.json";
import type { Token } from "../text/tokens";

/**
 * "commander of the Harbour Police Region", "head of the Logistics Department": a capitalized body
 * holding a word of a part of a force or a service after its first word (`subunitWords`) is the
 * unit its holder heads, part of his title, not a body named for itself as a whole service after a
 * lower-case title is ("commander of the X Navy").
 */
const subunitKeys = new Set(rules.subunitWords.en.map((w) => w.toLowerCase()));

export function namesSubunit(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (tokens[k]!.capital && subunitKeys.has(tokens[k]!.key)) return true;
  return false;
}

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

/**
 * "chief of the General Staff of the Army of X": the title's unit may stand between the title and
 * the body it belongs to. Given the "of" before a body at `of`, the first token of the capitalized
 * unit before it, when "of [the] Unit of the" follows a title; `of` itself otherwise.
 */
export function upperOfBodyBefore(tokens: readonly Token[], of: number): number {
  // "Joint Chiefs of Staff Committee": without "the" after it, "of" may be inside one name.
  if (tokens[of + 1]?.key !== "the") return of;
  let k = of - 1;
  while (k > of - 4 && tokens[k]?.kind === "word" && tokens[k]!.capital && !tokens[k]!.arabic && !tokens[k]!.lineStart) k--;
  if (k === of - 1) return of;
  if (tokens[k]?.key === "the") k--;
  return tokens[k]?.key === "of" && tokens[k - 1]?.kind === "word" && !tokens[k - 1]!.capital ? k : of;
}

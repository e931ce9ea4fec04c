import orgRules from "../rules/organizations.json";
import type { Token } from "../text/tokens";

/**
 * "the Chief Executive of the Ghana Cocoa Board, Dr X": a capitalized run that ends on the head
 * word of a body (Board, Council, Authority …) names that body, not a person, even when an office
 * printed before it reads as the role of a name. Heads of one word only; `Board` is read here
 * too, kept out of the tagger's organization heads.
 */
const BODY_HEADS = new Set([...orgRules.heads.en.filter((h) => !h.includes(" ")), "Board"].map((h) => h.toLowerCase()));

/** "Academy", "University": a capitalized English head word of a body. */
export function isEnglishBodyHead(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && !t.arabic && t.capital && BODY_HEADS.has(t.text.toLowerCase());
}

export function endsOnBodyHead(tokens: readonly Token[], first: number, last: number): boolean {
  return last > first && isEnglishBodyHead(tokens[last]);
}

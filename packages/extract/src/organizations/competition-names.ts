import rules from "../rules/organizations.json";
import type { Token } from "../text/tokens";
import { matchKey } from "../text/normalize";
import { tokenReadsAs } from "../text/tokens";

const competitionKeys = new Set(rules.competitionWords.map((w) => matchKey(w)));

/**
 * "بطولة كأس العالم FIFA قطر 2022", "the FIFA World Cup": a body printed inside a competition's name
 * (the Latin name after the cup and its word in Arabic copy, the capitalized cup right after it in
 * English) is how the tournament is called; the body does not act in the story there.
 */
export function withinCompetitionName(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first]!;
  if (t.arabic) return false;
  const before = [first - 1, first - 2].map((k) => tokens[k]).filter((w): w is Token => !!w && w.arabic && w.kind === "word");
  if (before.length && tokens[first - 1]?.arabic && before.some((w) => tokenReadsAs(w, competitionKeys))) return true;
  const after = [last + 1, last + 2].map((k) => tokens[k]);
  return !!after[0]?.capital && after.some((w) => !!w?.capital && !w.arabic && competitionKeys.has(w.key));
}

import type { Token } from "../text/tokens";

/**
 * "Speaking at the ceremony, Deputy Minister of Trade X Y said …": a capitalized office after a
 * comma that closes a lower-case clause is the title of the name after it, not an apposition to a
 * name before the comma ("X Y, Deputy Minister of Trade, said"), for no name stands there.
 */
export function opensAfterClause(tokens: readonly Token[], i: number): boolean {
  const t0 = tokens[i]!;
  const comma = tokens[i - 1];
  const before = tokens[i - 2];
  if (t0.arabic || !t0.capital || comma?.text !== "," || !before || before.kind !== "word" || before.arabic) return false;
  return !before.capital && !/\d/.test(before.text);
}

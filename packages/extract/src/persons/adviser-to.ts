import type { Token } from "../text/tokens";
import { isRoleHeadAt } from "./head-lookups";
import type { Ctx } from "./anchor-spans";
import { roleContinuerKeys } from "./vocabulary";

/**
 * "a senior adviser to the prime minister", "special assistant to the President": an adviser is
 * an adviser to someone, and the office he advises belongs to his role. The office after "to"
 * (with its article) runs over office words and capitalized words up to five, to the next stop.
 */

const ADVISER_KEYS = new Set(["adviser", "advisor", "assistant", "aide", "counsellor", "counselor"]);
const FUNCTION_WORDS = new Set(["the", "of", "for", "and"]);

/** Last token of the office after "to" at `to`, when the head ending at `headLast` is an adviser's; else -1. */
export function advisedOfficeEnd(ctx: Ctx, headLast: number, to: number): number {
  const { tokens } = ctx.doc;
  if (tokens[to]?.key !== "to" || !ADVISER_KEYS.has(tokens[headLast]!.key)) return -1;
  let k = to + 1;
  if (tokens[k]?.key === "the") k++;
  let last = -1;
  let office = false;
  for (let n = 0; n < 6 && k < tokens.length; n++, k++) {
    const t: Token = tokens[k]!;
    if (t.kind !== "word" || t.arabic || t.lineStart) break;
    if (isRoleHeadAt(ctx, k)) office = true;
    else if (!t.capital && !roleContinuerKeys.has(t.key) && !FUNCTION_WORDS.has(t.key)) break;
    last = k;
  }
  while (last > to && FUNCTION_WORDS.has(tokens[last]!.key)) last--;
  return office && last > to ? last : -1;
}

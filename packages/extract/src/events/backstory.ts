import type { Token } from "../text/tokens";
import type { Unit } from "./units";

/** "وكان X قد زار …", "had visited": the sentence tells what happened before the report's day. */
export function pluperfect(tokens: readonly Pick<Token, "key" | "text">[], u: Unit): boolean {
  const opener = tokens[u.first]?.text ?? "";
  if (/^و?كان(ت)?$/u.test(opener)) {
    for (let k = u.first + 1; k < u.last && k - u.first <= 10; k++) if (tokens[k]!.text === "قد") return true;
  }
  for (let k = u.first; k < u.last - 1; k++) if (tokens[k]!.key === "had" && /ed$/.test(tokens[k + 1]!.key)) return true;
  return false;
}

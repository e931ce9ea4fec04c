import type { Token } from "../text/tokens";
import { AGREEING_ADJECTIVE } from "./extent";

/**
 * "الضرائب غير المباشرة", "المنظمات غير الحكومية": غير between a definite word and a definite
 * adjective negates the adjective, so both words go on the name they follow.
 */
export function negatedAdjectiveAt(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const next = tokens[k + 1];
  if (!before?.arabic || !next?.arabic || tokens[k]!.key !== "غير") return false;
  return before.key.includes("ال") && next.key.startsWith("ال") && next.key.length > 3 && AGREEING_ADJECTIVE.test(next.key);
}

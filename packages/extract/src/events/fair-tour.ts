import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

// The parts of a fair a visitor already there walks round: "toured the stall of …", "the pavilions".
const FAIR_PARTS = /^(stall|stalls|stand|stands|booth|booths|pavilion|pavilions|exhibits|جناح|أجنحة|اجنحة|الجناح|الأجنحة)$/u;

/**
 * "toured the stall of X at the exhibition", "تجول في أجنحة المعرض": a round of a fair's stands by
 * someone at the fair is part of the gathering, no visit of its own (a tour of a site is one).
 */
export function tourOfFair(tokens: readonly Pick<Token, "key">[], c: CueHit): boolean {
  if (c.kind !== "visit" || !/^(toured|tour|جولة)$/u.test(tokens[c.last]!.key)) return false;
  for (let k = c.last + 1; k <= c.last + 3 && k < tokens.length; k++) if (FAIR_PARTS.test(tokens[k]!.key)) return true;
  return false;
}

import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

// The parts of a fair a visitor already there walks round: "toured the stall of …", "the pavilions".
// "وتجول X عقب التدشين في أركان المعرض": the corners of the exhibition (keys fold أ to ا).
const FAIR_PARTS = /^(stall|stalls|stand|stands|booth|booths|pavilion|pavilions|exhibits|جناح|أجنحة|اجنحة|الجناح|الأجنحة|الاجنحة|اركان|ارجاء)$/u;
// "toured", "جولة", "تجول", "جال": a walk round; the parts follow it after its subject and a time.
const ROUND_OF = /^و?(toured|tour|جولة|تجول|تجولت|تجولا|جال|جالت|جالا)$/u;
const REACH = 9;

/**
 * "toured the stall of X at the exhibition", "تجول في أجنحة المعرض": a round of a fair's stands by
 * someone at the fair is part of the gathering, no visit of its own (a tour of a site is one).
 */
export function tourOfFair(tokens: readonly Pick<Token, "key">[], c: CueHit): boolean {
  if (c.kind !== "visit" || !ROUND_OF.test(tokens[c.last]!.key)) return false;
  for (let k = c.last + 1; k <= c.last + REACH && k < tokens.length; k++) if (FAIR_PARTS.test(tokens[k]!.key)) return true;
  return false;
}

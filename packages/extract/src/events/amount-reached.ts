import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

// "يصل", "تصل", "وصل": also what an amount reaches ("يصل غاطسها إلى 18 مترا").
const REACH_VERBS = new Set(["يصل", "تصل", "ويصل", "وتصل", "وصل", "وصلت", "ووصل", "ووصلت"].map((w) => matchKey(w)));
const TO = new Set(["إلى", "الى"].map((w) => matchKey(w)));
// A number in words after "إلى" ("إلى نحو ألفي حاوية", "إلى عشرة آلاف").
const AMOUNT_WORDS = new Set(["نحو", "قرابة", "حوالي", "أكثر", "اكثر", "أقل", "ألف", "ألفي", "آلاف", "مليون", "ملايين", "مليار", "عشرة", "عشرين", "مئة", "مائة", "ثلاثة", "أربعة", "خمسة", "ذروته", "ذروتها"].map((w) => matchKey(w)));
// The verb's subject (the amount's noun) may stand between it and "إلى".
const TO_REACH = 3;

/**
 * "التي يصل غاطسها إلى 18 مترا", "وصل عدد اللاجئين إلى عشرة آلاف": a verb of arriving whose "إلى"
 * leads to a number tells what an amount reaches, no one's arrival.
 */
export function amountReached(tokens: readonly Pick<Token, "key" | "kind">[], c: CueHit): boolean {
  if (c.kind !== "visit" || c.first !== c.last || !REACH_VERBS.has(tokens[c.first]!.key)) return false;
  for (let k = c.first + 1; k <= c.first + TO_REACH + 1 && k < tokens.length; k++) {
    if (!TO.has(tokens[k]!.key)) continue;
    const next = tokens[k + 1];
    return !!next && (next.kind === "num" || AMOUNT_WORDS.has(next.key));
  }
  return false;
}

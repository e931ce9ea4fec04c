import type { Token } from "../text/tokens";
import type { Unit } from "./units";

// Keys are folded (ي/ى alike).
const AR_NEXT = new Set(["التالي", "الموالي"]);
const EN_NEXT = new Set(["next", "following"]);

/**
 * "وعقد في اليوم التالي اجتماعا", "the next day", "the following day": the unit tells what happened
 * the day after the occasion told before it, not on the day of writing ("اليوم" here is no "today").
 */
export function tellsNextDay(tokens: readonly Pick<Token, "key">[], u: Unit): boolean {
  for (let k = u.first; k < u.last - 1; k++) {
    const a = tokens[k]!.key, b = tokens[k + 1]!.key;
    // Only a word ending in "اليوم" can be it once its proclitics are off: most words are not regex-stripped at all.
    if (a.endsWith("اليوم") && a.replace(/^(و|ف)?(في|ب)?/u, "") === "اليوم" && AR_NEXT.has(b)) return true;
    if (a === "the" && EN_NEXT.has(b) && tokens[k + 2]?.key === "day") return true;
  }
  return false;
}

import type { Ctx } from "./anchor-spans";

/**
 * "وكان في استقبالها مفوض الشرطة X", "was welcomed on arrival by the port manager, X": whoever
 * welcomes an arriving ship, plane or delegation is of the state it arrives in. A nationality
 * printed near him ("أول زيارة لقطعة بحرية مصرية") is the arriving side's, not his.
 */

/** How far before the name the welcome may be printed (its object, a place and the office between). */
const WELCOME_WITHIN = 10;

const AR_WELCOME = /^(و|ف)?استقبال(ه|ها|هم|هما)?$/u;
const EN_WELCOMED = new Set(["welcomed", "greeted"]);

/** True when the name opening at token `first` is the subject of a welcome printed shortly before it in its sentence. */
export function welcomesArrival(ctx: Ctx, first: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = first - 1; k >= 0 && first - k <= WELCOME_WITHIN; k--) {
    const t = tokens[k]!;
    if (t.text === ".") return false;
    if (AR_WELCOME.test(t.key) && tokens[k - 1]?.key === "في") return true;
    if (t.key === "by" && EN_WELCOMED.has(tokens[k - 1]?.key ?? "")) return true;
    if (t.lineStart) return false;
  }
  return false;
}

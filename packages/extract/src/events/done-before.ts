import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

// "سبق أن", "وسبق لها أن", "سبق وأن": the verb after it tells what someone has done at some time
// before, as their record, not an occasion the report tells.
const HAS_BEFORE = /^(و|ف)?سبق(ت)?$/u;
const THAT = /^(و)?[أا]ن$/u;
// How far before the cue "سبق … أن" may stand ("وسبق لها أن نشرت").
const REACH = 4;

/** Whether cue `c` is the verb of an experiential past ("وسبق لها أن نشرت وحدات في …"). */
export function toldAsDoneBefore(tokens: readonly Pick<Token, "text">[], c: CueHit): boolean {
  const that = tokens[c.first - 1];
  if (!that || !THAT.test(that.text)) return false;
  for (let k = c.first - 2; k >= 0 && c.first - k <= REACH; k--) if (HAS_BEFORE.test(tokens[k]!.text)) return true;
  return false;
}

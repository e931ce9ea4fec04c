import { wordKey, type Token } from "../text/tokens";
import type { CueHit } from "./cues";

type Tok = Pick<Token, "key" | "text">;

// "اتفقا على عقد جولة …", "على أن تعقد اللجنة دورتها …", "agreed to hold", "agreed to meet":
// what was agreed is a gathering still to be held.
const HOLD = new Set(["عقد", "تعقد", "يعقد", "تجتمع", "يجتمع", "الاجتماع", "اجتماع", "hold", "meet", "convene", "reconvene"].map(wordKey));
const ON = new Set(["على", "to"].map(wordKey));
const BEFORE_HOLD = new Set(["على", "أن", "ان", "to", "that", "they", "would", "will", "again"].map(wordKey));
// The time still to come that the gathering is set for.
const LATER = new Set(["القادمة", "القادم", "المقبل", "المقبلة", "اللاحقة", "لاحقا", "لاحقاً", "next", "again", "later", "upcoming"].map(wordKey));

/**
 * "اتفق الجانبان على أن تعقد اللجنة المشتركة دورتها القادمة في …", "agreed to hold the next
 * round next month": an agreement whose whole object is a session still to come names a plan, no
 * occasion of the report (the talks at which it was agreed are told by their own words).
 */
export function agreesOnFutureSession(tokens: readonly Tok[], c: CueHit, last: number): boolean {
  // "اتفق الجانبان على …": the subject may stand between the verb and what was agreed.
  let k = c.last + 1;
  while (k < last && k - c.last <= 4 && !ON.has(tokens[k]!.key)) k++;
  while (k < last && k - c.last <= 3 && BEFORE_HOLD.has(tokens[k]!.key)) k++;
  // "على أن تعقد اللجنة": the verb may come after the subordinator and before its subject.
  if (k >= last || !HOLD.has(tokens[k]!.key)) return false;
  for (let j = k + 1; j < last && j - k <= 20; j++) {
    if (/^[.؛;]$/u.test(tokens[j]!.text)) return false;
    if (LATER.has(tokens[j]!.key)) return true;
  }
  return false;
}

const AGREED_ON = new Set(["على", "وعلى", "to"].map(wordKey));
const HOLDING = new Set(["عقد", "hold"].map(wordKey));

/**
 * "واتفقا على عقد لقاءات دورية", "agreed to hold talks every year": talks named as what was agreed
 * on are still to be held, no meeting of their own.
 */
export function talksAgreedOn(tokens: readonly Tok[], c: CueHit): boolean {
  return HOLDING.has(tokens[c.first - 1]?.key ?? "") && AGREED_ON.has(tokens[c.first - 2]?.key ?? "");
}

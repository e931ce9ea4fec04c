import type { Token } from "../text/tokens";
import type { Unit } from "./units";

// "ومن المقرر أن", "ومن المنتظر أن", "ومن المزمع أن", "ومن المتوقع أن": the sentence tells what is
// to come, whatever day it names ("غدا", "اليوم").
const FROM = /^و?من$/u;
const PLANNED = /^(المقرر|المنتظر|المزمع|المتوقع|المرتقب)$/u;
const THAT = /^[أا]ن$/u;

/**
 * The token after which a sentence opened by a plan ("ومن المقرر أن تنفذ الفرقاطة تمرينا …")
 * tells only what is planned, or -1: its cues report no happening.
 */
export function plannedFrom(tokens: readonly Pick<Token, "text">[], u: Unit): number {
  const k = u.first;
  if (!FROM.test(tokens[k]?.text ?? "") || !PLANNED.test(tokens[k + 1]?.text ?? "") || !THAT.test(tokens[k + 2]?.text ?? "")) return -1;
  return k + 2;
}

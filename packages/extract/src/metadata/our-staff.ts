import rules from "../rules/metadata.json";
import type { Token } from "../text/tokens";
import { wordKey } from "../text/tokens";

/**
 * The paper's own correspondent, envoy or delegate as an Arabic credit calls him: "من مراسلنا",
 * "من مبعوثنا", "مندوبتنا", maybe with "الخاص" after ("من موفدنا الخاص"). Alone on a dateline
 * ("دكا ـ من مراسلنا") it credits the staff and names neither a writer nor an outlet; a name after
 * it ("بانجول - من مبعوثنا: NAME", "… (بترا) - من مندوبتنا NAME -") is the writer's. The words are
 * never the source.
 */

const staffKeys = new Set(rules.ourStaff.map(wordKey));
const SPECIAL = new Set(["الخاص", "الخاصة"].map(wordKey));

// "من مبعوثنا الخاص:" opening a credit, and what follows it.
export const OUR_STAFF = new RegExp(`^(?:من\\s+)?(?:${rules.ourStaff.join("|")})(?:\\s+(?:الخاص|الخاصة))?(?=[\\s:：]|$)`, "u");

/** Whether `text` is only such a credit, with no name after it. */
export function isOurStaffCredit(text: string): boolean {
  const m = OUR_STAFF.exec(text.trim());
  return !!m && m[0].length === text.trim().length;
}

/**
 * The index past the staff word a credit opens with at token `k` ("من" already read), with "الخاص"
 * and a colon after it, or `k` itself when the token there is no such word.
 */
export function pastOurStaff(tokens: Token[], k: number): number {
  if (!staffKeys.has(wordKey(tokens[k]?.text ?? ""))) return k;
  let j = k + 1;
  if (SPECIAL.has(wordKey(tokens[j]?.text ?? ""))) j++;
  if (tokens[j]?.text === ":") j++;
  return j;
}

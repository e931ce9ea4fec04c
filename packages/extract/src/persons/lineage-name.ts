import { matchKey } from "../text/normalize";

// Words that carry a name on through the father's line or the family (بن، بنت، آل).
const LINEAGE = new Set(["بن", "بنت", "ابن", "ال", "آل", "bin", "binti", "bint", "ibn"]);

/**
 * A Gulf name printed in full once and cut after the father's name after ("الشيخ X بن Y بن Z آل W",
 * then "الشيخ X بن Y") is the same person; the short form read more often or first is no reason
 * to report him by it. The fuller form whose words open with `chosen` and go on with a word of
 * lineage is returned (the longest such), or `chosen` when there is none.
 */
export function fullerLineageName(chosen: string, others: readonly string[]): string {
  const head = matchKey(chosen).split(" ");
  let best = chosen;
  let bestLen = head.length;
  for (const o of others) {
    const words = matchKey(o).split(" ");
    if (words.length <= bestLen || !LINEAGE.has(words[head.length] ?? "")) continue;
    if (head.every((w, i) => words[i] === w)) {
      best = o;
      bestLen = words.length;
    }
  }
  return best;
}

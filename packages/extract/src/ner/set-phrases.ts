import { matchKey } from "../text/normalize";
import { tokenReadings, type Token } from "../text/tokens";

/**
 * "علاقات حسن الجوار", "بحسن النية": حسن before one of these definite nouns is "good" in a set
 * phrase of diplomacy and manners (good neighbourliness, good faith, good hospitality), never the
 * given name Hassan with a family name; no family name reads so.
 */
const GOOD_OF = new Set(["الجوار", "النية", "الضيافة", "الاستقبال", "التنظيم", "الإدارة", "التعامل", "الظن", "الأداء", "السير", "الخلق", "التدبير", "التصرف", "الجيرة"].map(matchKey));
const GOOD = matchKey("حسن");

/** A span that is, or opens with, such a set phrase. */
function opensWithSetPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first];
  const next = tokens[first + 1];
  if (!t || !next || first + 1 > last || t.kind !== "word" || next.kind !== "word") return false;
  // "أشاد بحسن التنظيم": the preposition on حسن leaves the set phrase one.
  return tokenReadings(t).some((r) => r.key === GOOD) && GOOD_OF.has(next.key);
}

/**
 * A span that holds such a set phrase anywhere ("على حسن الجوار": the preposition على, printed
 * like the given name علي, before it): no family name reads so, so the span is no name.
 */
export function holdsSetPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (opensWithSetPhrase(tokens, k, last)) return true;
  return false;
}

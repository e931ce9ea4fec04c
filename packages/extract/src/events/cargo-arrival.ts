import { wordKey, type Token } from "../text/tokens";
import type { CueHit } from "./cues";

// Goods, not travellers: "الشحنة", "المساعدات", "اللقاحات" (keys, with or without the article).
const CARGO = new Set(
  ["شحنة", "الشحنة", "شحنات", "الشحنات", "المساعدات", "مساعدات", "الإمدادات", "إمدادات", "اللقاحات", "لقاحات", "الجرعات", "جرعات", "المعدات", "معدات", "الأسلحة", "الذخائر", "الحمولة", "البضائع", "الدفعة", "دفعة"].map(wordKey),
);
// "وكانت الشحنة … قد وصلت": the subject after the verb of being that opens the sentence.
const WAS = new Set(["كانت", "وكانت", "كان", "وكان"].map(wordKey));

/**
 * "وصلت الشحنة الأولى من اللقاحات إلى المطار", "وكانت المساعدات قد وصلت يوم الأحد": goods that
 * arrived, the subject of the sentence's only verb of arriving, make a delivery, no visit: a
 * happening with no traveller, whoever the sentence before named.
 */
export function cargoArrived(tokens: readonly Pick<Token, "key">[], u: { first: number; last: number }, cues: readonly CueHit[]): boolean {
  const visits = cues.filter((c) => c.kind === "visit");
  if (!visits.length) return false;
  const opener = WAS.has(tokens[u.first]?.key ?? "") ? CARGO.has(tokens[u.first + 1]?.key ?? "") : false;
  return visits.every((c) => c.first === c.last && (opener ? c.first > u.first + 1 : CARGO.has(tokens[c.last + 1]?.key ?? "")));
}

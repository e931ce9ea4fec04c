import { wordKey, type Token } from "../text/tokens";
import type { CueHit } from "./cues";

// Goods, not travellers: "الشحنة", "المساعدات", "اللقاحات", a relief convoy (keys, with or without the article).
const CARGO = new Set(
  ["شحنة", "الشحنة", "شحنات", "الشحنات", "المساعدات", "مساعدات", "الإمدادات", "إمدادات", "اللقاحات", "لقاحات", "الجرعات", "جرعات", "المعدات", "معدات", "الأسلحة", "الذخائر", "الحمولة", "البضائع", "الدفعة", "دفعة", "قافلة", "القافلة"].map(wordKey),
);
// "وصلت أول دفعة من …": the ordinal before the goods.
const FIRST = new Set(["أول", "ثاني", "ثالث", "آخر"].map(wordKey));
// "وصل الفريق الطبي السعودي": a team named by its work, no person (الفريق alone is also a rank).
const TEAM = new Set(["الفريق", "فريق", "الفرق", "فرق"].map(wordKey));
const TEAM_WORK = new Set(["الطبي", "طبي", "الطبية", "طبية", "الإغاثي", "إغاثي", "الإغاثية", "إغاثية", "الإسعافي", "للإغاثة"].map(wordKey));
// English puts the goods before the verb: "40,000 vaccine doses arrived at …".
const CARGO_EN = new Set(["doses", "vaccines", "nets", "supplies", "aid", "shipment", "shipments", "consignment", "cargo", "equipment", "tonnes", "tons", "medicines", "convoy", "containers", "turbines", "vehicles"]);
// "The doses had arrived": the auxiliary between the goods and the verb.
const AUX_EN = new Set(["had", "has", "have"]);
// "وكانت الشحنة … قد وصلت": the subject after the verb of being that opens the sentence.
const WAS = new Set(["كانت", "وكانت", "كان", "وكان"].map(wordKey));

/** Whether goods, a convoy or a team named by its work start at token k ("أول دفعة", "الفريق الطبي"). */
function goodsAt(tokens: readonly Pick<Token, "key">[], k: number): boolean {
  const key = (i: number) => tokens[i]?.key ?? "";
  if (FIRST.has(key(k))) k++;
  return CARGO.has(key(k)) || (TEAM.has(key(k)) && TEAM_WORK.has(key(k + 1)));
}

/**
 * Whether the English subject before the verb at `verb` names goods: "40,000 vaccine doses arrived",
 * "The doses had arrived", and past what an apposition set off by commas says of them ("The 380,000
 * nets, funded by the Global Fund, arrived at …"); `first` is the sentence's first token.
 */
function goodsBeforeEn(tokens: readonly Pick<Token, "key">[], verb: number, first: number): boolean {
  const key = (i: number) => tokens[i]?.key ?? "";
  let k = verb - 1;
  while (k > first && AUX_EN.has(key(k))) k--;
  if (key(k) === ",") {
    let j = k - 1;
    while (j > first && key(j) !== ",") j--;
    if (key(j) === ",") k = j - 1;
  }
  return CARGO_EN.has(key(k));
}

/**
 * "وصلت الشحنة الأولى من اللقاحات إلى المطار", "وكانت المساعدات قد وصلت يوم الأحد", "وصل الفريق
 * الطبي إلى مطار X", "bed nets arrived at the wharf": goods, a convoy or a team named by its work
 * that arrived, the subject of the sentence's only verb of arriving, make a delivery, no visit: a
 * happening with no traveller, whoever the sentence before named.
 */
export function cargoArrived(tokens: readonly Pick<Token, "key">[], u: { first: number; last: number }, cues: readonly CueHit[]): boolean {
  const visits = cues.filter((c) => c.kind === "visit");
  if (!visits.length) return false;
  const opener = WAS.has(tokens[u.first]?.key ?? "") ? goodsAt(tokens, u.first + 1) : false;
  return visits.every((c) => c.first === c.last && (opener ? c.first > u.first + 1 : goodsAt(tokens, c.last + 1) || goodsBeforeEn(tokens, c.first, u.first)));
}

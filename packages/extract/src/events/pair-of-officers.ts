import type { Token } from "../text/tokens";
import type { EventRead } from "./event-read";
import type { Unit } from "./units";

// "the two ministers", "both commanders", "الوزيران", "القائدين", "الواليان" (two governors): two holders of an office, named before.
const EN_PAIR = /^(ministers|commanders|chiefs|leaders|presidents|generals|admirals|officials|envoys|governors)$/u;
const AR_PAIR = /^و?(ال)(وزير|وزيرت|قائد|رئيس|مسؤول|مبعوث|سفير|محافظ|والي)(ان|ين|تان|تين)$/u;
// "رئيسا الأركان", "وزيرا الدفاع", "قائدي الجيشين": the dual in construct with a definite word (its
// noun loses the ن); "قائدا للجيش" (an accusative with ل) is none.
const AR_PAIR_CONSTRUCT = /^و?(ل|ب)?(وزير|وزيرت|قائد|رئيس|مسؤول|مبعوث|سفير|محافظ|والي)(ا|ي|تا|تي)$/u;
// "الوفدان", "الجانبين": the two sides, led by the two people of the occasion told before.
const AR_SIDES = /^و?(ال)(وفد|جانب)(ان|ين)$/u;

/** The office the sentence names two holders of ("وال" for "الواليان", "minister" for "the two ministers"; "" for the two sides, "الوفدان"), or null. */
function officeOfPair(tokens: readonly Pick<Token, "key" | "text">[], u: Unit): string | null {
  for (let k = u.first; k < u.last; k++) {
    const t = tokens[k]!;
    const ar = AR_PAIR.exec(t.text);
    if (ar) return ar[2]!;
    const construct = AR_PAIR_CONSTRUCT.exec(t.text);
    if (construct && /^ال/u.test(tokens[k + 1]?.text ?? "")) return construct[2]!;
    if (AR_SIDES.test(t.text)) return "";
    if (EN_PAIR.test(t.key) && (tokens[k - 1]?.key === "both" || (tokens[k - 1]?.key === "two" && tokens[k - 2]?.key === "the"))) return t.key.replace(/s$/u, "");
  }
  return null;
}

/**
 * "On Wednesday, the two ministers toured the customs post", "وقع الواليان على محضر الدورة",
 * "توجه رئيسا الأركان إلى المعبر", "قام الوفدان بزيارة": a
 * sentence of a visit or a signing that names nobody
 * but two holders of an office means the two people of the latest occasion told before that had two
 * or more, however many sentences (quotes, background) stand between; their indices, or none.
 */
export function pairOfOfficers(tokens: readonly Pick<Token, "key" | "text">[], u: Unit, ui: number, found: readonly EventRead[], roleOf: (i: number) => string | null = () => null): number[] {
  const office = officeOfPair(tokens, u);
  if (office === null) return [];
  const last = found.findLast((e) => e.unit < ui && e.participants.length >= 2);
  if (!last) return [];
  // "وقع الواليان" after a session chaired by two governors and briefed by a director: the two governors.
  const holders = office ? last.participants.filter((i) => (roleOf(i) ?? "").toLowerCase().includes(office)) : [];
  return holders.length === 2 ? holders : [...last.participants];
}

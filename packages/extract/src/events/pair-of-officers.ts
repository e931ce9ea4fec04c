import type { Token } from "../text/tokens";
import type { EventRead } from "./event-read";
import type { Unit } from "./units";

// "the two ministers", "both commanders", "الوزيران", "القائدين", "الواليان" (two governors): two holders of an office, named before.
const EN_PAIR = /^(ministers|commanders|chiefs|leaders|presidents|generals|admirals|officials|envoys|governors)$/u;
// "the two men", "both women": two people named before, whatever office they hold.
const EN_PEOPLE = /^(men|women)$/u;
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
    const both = tokens[k - 1]?.key === "both" || (tokens[k - 1]?.key === "two" && tokens[k - 2]?.key === "the");
    if (both && EN_PAIR.test(t.key)) return t.key.replace(/s$/u, "");
    if (both && EN_PEOPLE.test(t.key)) return "";
  }
  return null;
}

/**
 * The two persons the sentences right before name last (the one before, then the one before it), in
 * the order named, when they name no more than two: "X pressed the switch alongside Y. The two men had
 * signed …", told with no occasion of both before. `namedIn(v)` lists the persons unit `v` names.
 */
export function lastTwoNamed(ui: number, namedIn: (v: number) => number[]): number[] {
  const two: number[] = [];
  for (let v = ui - 1; v >= Math.max(0, ui - 2) && two.length < 2; v--) {
    const here = namedIn(v).filter((i) => !two.includes(i));
    if (two.length + here.length > 2) return [];
    two.unshift(...here);
  }
  return two.length === 2 ? two : [];
}

/**
 * "On Wednesday, the two ministers toured the customs post", "وقع الواليان على محضر الدورة",
 * "توجه رئيسا الأركان إلى المعبر", "قام الوفدان بزيارة": a
 * sentence of a visit or a signing that names nobody
 * but two holders of an office means the two people of the latest occasion told before that had two
 * or more, however many sentences (quotes, background) stand between; with no such occasion, the two
 * persons the sentences right before name ("the two men"); their indices, or none.
 */
export function pairOfOfficers(tokens: readonly Pick<Token, "key" | "text">[], u: Unit, ui: number, found: readonly EventRead[], roleOf: (i: number) => string | null = () => null, namedIn: (v: number) => number[] = () => []): number[] {
  const office = officeOfPair(tokens, u);
  if (office === null) return [];
  const last = found.findLast((e) => e.unit < ui && e.participants.length >= 2);
  if (!last) return lastTwoNamed(ui, namedIn);
  // "وقع الواليان" after a session chaired by two governors and briefed by a director: the two governors.
  const holders = office ? last.participants.filter((i) => (roleOf(i) ?? "").toLowerCase().includes(office)) : [];
  return holders.length === 2 ? holders : [...last.participants];
}

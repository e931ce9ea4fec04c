import type { Token } from "../text/tokens";
import type { EventRead } from "./event-read";
import type { Unit } from "./units";

// "the two ministers", "both commanders", "الوزيران", "القائدين": two holders of an office, named before.
const EN_PAIR = /^(ministers|commanders|chiefs|leaders|presidents|generals|admirals|officials|envoys|governors)$/u;
const AR_PAIR = /^و?(ال)(وزير|وزيرت|قائد|رئيس|مسؤول|مبعوث|سفير|محافظ)(ان|ين|تان|تين)$/u;

function namesPair(tokens: readonly Pick<Token, "key" | "text">[], u: Unit): boolean {
  for (let k = u.first; k < u.last; k++) {
    const t = tokens[k]!;
    if (AR_PAIR.test(t.text)) return true;
    if (EN_PAIR.test(t.key) && (tokens[k - 1]?.key === "both" || (tokens[k - 1]?.key === "two" && tokens[k - 2]?.key === "the"))) return true;
  }
  return false;
}

/**
 * "On Wednesday, the two ministers toured the customs post": a sentence of a visit that names nobody
 * but two holders of an office means the two people of the latest occasion, told at most six sentences
 * before, that had two or more; their indices, or none.
 */
export function pairOfOfficers(tokens: readonly Pick<Token, "key" | "text">[], u: Unit, ui: number, found: readonly EventRead[]): number[] {
  if (!namesPair(tokens, u)) return [];
  const last = [...found].reverse().find((e) => ui - e.unit <= 6 && e.participants.length >= 2);
  return last ? [...last.participants] : [];
}

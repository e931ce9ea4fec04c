import type { Token } from "../text/tokens";
import { matchKey } from "../text/normalize";

/**
 * A day of the month written as an Arabic ordinal before "من" and the month: "التاسع من نوفمبر",
 * "الحادي عشر من مايو", "الثاني والعشرين من يناير". Datelines of some wires spell the day so.
 */

const UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
// The ordinal of 1 in a compound ("الحادي عشر", "الحادي والعشرين").
const ONE_IN_COMPOUND = "الحادي";
const TENS: [string, number][] = [["العشرين", 20], ["الثلاثين", 30]];

const unitOf = new Map<string, number>();
UNITS.forEach((w, n) => unitOf.set(matchKey(w), n + 1));
const ONE_KEY = matchKey(ONE_IN_COMPOUND);
const TEN_KEY = matchKey("العاشر");
const TEEN_KEY = matchKey("عشر");
const MIN_KEY = matchKey("من");
const tensOf = new Map(TENS.map(([w, n]) => [matchKey(w), n]));

function unit(key: string): number | null {
  if (key === ONE_KEY) return 1;
  return unitOf.get(key) ?? null;
}

/**
 * The ordinal day ending just before the "من" at token `min` (the month follows it), with the index
 * of its first token; null when the words before "من" are no ordinal day.
 */
export function ordinalDayBefore(tokens: readonly Token[], min: number): { day: number; first: number } | null {
  if (tokens[min]?.key !== MIN_KEY) return null;
  const last = tokens[min - 1];
  if (!last || last.kind !== "word") return null;
  // "العشرين", "الثلاثين"; or "… والعشرين" after a unit.
  const tens = tensOf.get(last.key) ?? (last.key.startsWith("و") ? tensOf.get(last.key.slice(1)) : undefined);
  if (tens !== undefined) {
    const u = last.key.startsWith("و") ? unit(tokens[min - 2]?.key ?? "") : null;
    if (u !== null) return tens + u <= 31 ? { day: tens + u, first: min - 2 } : null;
    return last.key.startsWith("و") ? null : { day: tens, first: min - 1 };
  }
  if (last.key === TEEN_KEY) {
    const u = unit(tokens[min - 2]?.key ?? "");
    return u !== null ? { day: 10 + u, first: min - 2 } : null;
  }
  if (last.key === TEN_KEY) return { day: 10, first: min - 1 };
  if (last.key === ONE_KEY) return null;
  const u = unitOf.get(last.key);
  return u !== undefined ? { day: u, first: min - 1 } : null;
}

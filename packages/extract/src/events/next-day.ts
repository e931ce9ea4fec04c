import type { EventRead } from "./event-read";
import type { Token } from "../text/tokens";
import type { Unit } from "./units";

// Keys are folded (ي/ى alike).
const AR_NEXT = new Set(["التالي", "الموالي"]);
const EN_NEXT = new Set(["next", "following"]);

/**
 * "وعقد في اليوم التالي اجتماعا", "the next day", "the following day": the unit tells what happened
 * the day after the occasion told before it, not on the day of writing ("اليوم" here is no "today").
 */
export function tellsNextDay(tokens: readonly Pick<Token, "key">[], u: Unit): boolean {
  for (let k = u.first; k < u.last - 1; k++) {
    const a = tokens[k]!.key, b = tokens[k + 1]!.key;
    // Only a word ending in "اليوم" can be it once its proclitics are off: most words are not regex-stripped at all.
    if (a.endsWith("اليوم") && a.replace(/^(و|ف)?(في|ب)?/u, "") === "اليوم" && AR_NEXT.has(b)) return true;
    if (a === "the" && EN_NEXT.has(b) && tokens[k + 2]?.key === "day") return true;
  }
  return false;
}

const AR_PREVIOUS = new Set(["السابق", "الفائت"]);
const EN_EARLIER = new Set(["earlier", "before"]);

/**
 * "A day earlier, the delegation held talks …", "وفي اليوم السابق زار …", "وقبل ذلك بيوم": the unit
 * tells what happened the day before the occasion told before it. "The day before" counts only
 * when it ends its phrase: in "the day before the vote" it is counted from the vote.
 */
export function tellsDayBefore(tokens: readonly Pick<Token, "key" | "kind">[], u: Unit): boolean {
  for (let k = u.first; k < u.last - 1; k++) {
    const a = tokens[k]!.key, b = tokens[k + 1]!.key;
    if (a.endsWith("اليوم") && a.replace(/^(و|ف)?(في|ب)?/u, "") === "اليوم" && AR_PREVIOUS.has(b)) return true;
    if (a.replace(/^(و|ف)/u, "") === "قبل" && b === "ذلك" && tokens[k + 2]?.key === "بيوم") return true;
    if ((a === "a" || a === "one") && b === "day" && tokens[k + 2]?.key === "earlier") return true;
    if (a === "the" && b === "previous" && tokens[k + 2]?.key === "day") return true;
    if (a === "the" && b === "day" && EN_EARLIER.has(tokens[k + 2]?.key ?? "") && (k + 3 >= u.last || tokens[k + 3]!.kind === "punct")) return true;
  }
  return false;
}

/**
 * The day a day before or after counts from: that of the last occasion told with a day. An occasion
 * said again by its definite noun ("the exercise, which began on May 28") once one of its type was
 * dated prints when it began, not the news day the story goes on from, and is passed over.
 */
export function countedFrom(found: readonly Pick<EventRead, "type" | "date" | "told">[]): string | undefined {
  for (let i = found.length - 1; i >= 0; i--) {
    const e = found[i]!;
    if (!e.date) continue;
    if (e.told && found.slice(0, i).some((o) => o.type === e.type && o.date)) continue;
    return e.date;
  }
  return undefined;
}

import { wordKey, type Token } from "../text/tokens";
import { AFTER_WORDS_AR, AFTER_WORDS_EN } from "./after-words";
import type { EventRead, EventType } from "./event-read";
import type { Unit } from "./units";

const SOON = new Set(["shortly", "soon", "just", "immediately", "right"]);
// Occasions a report has told before and names again by a definite noun.
const OCCASIONS = new Set([
  "ceremony", "meeting", "talks", "visit", "signing", "discussions", "session", "tour", "inauguration", "opening",
  "dinner", "lunch", "luncheon", "banquet", "reception", "parade", "conference", "summit", "event", "service", "meal",
]);
// "After the signing ceremony,": at most one word before the noun.
const NOUN_REACH = 2;

/**
 * "After the ceremony, X and Y signed …", "Shortly after the talks, the minister toured …": a
 * sentence opened by the occasion told before, named again by its definite noun, tells what
 * followed it the same day — with no day of its own, it takes that occasion's day.
 */
export function opensAfterTold(tokens: readonly Pick<Token, "key" | "kind">[], u: Unit): boolean {
  let k = u.first;
  if (SOON.has(tokens[k]?.key ?? "")) k++;
  if (!AFTER_WORDS_EN.has(tokens[k]?.key ?? "") || tokens[k + 1]?.key !== "the") return false;
  for (let j = k + 2; j < u.last && j - (k + 1) <= NOUN_REACH; j++) {
    if (tokens[j]!.kind === "punct") return false;
    if (OCCASIONS.has(tokens[j]!.key)) return tokens[j + 1]?.kind === "punct";
  }
  return false;
}

/** What "عقب" points back to: "ذلك", or the occasion told before by its definite noun. */
const TOLD_AR = new Set(["ذلك", "الاستقبال", "اللقاء", "المراسم", "الاجتماع", "الحفل", "المباحثات", "المحادثات", "التوقيع", "الجولة", "الافتتاح"].map(wordKey));
/** "وعقد الجانبان عقب ذلك اجتماعا": the words of following stand among the sentence's first words. */
const AR_REACH = 4;

/**
 * "وعقد الجانبان عقب ذلك اجتماعاً", "وعقب الاستقبال بحث الوزيران …": talks told right after the
 * occasion before them (a guest's reception) followed it the same day.
 */
export function followsToldArabic(tokens: readonly Pick<Token, "key">[], u: Unit): boolean {
  for (let k = u.first; k < Math.min(u.last, u.first + AR_REACH); k++) {
    const key = tokens[k]!.key;
    const after = AFTER_WORDS_AR.has(key);
    if (after && TOLD_AR.has(tokens[k + 1]?.key ?? "")) return true;
  }
  return false;
}

/** The kind of occasion a told noun after "عقب" names; the rest ("ذلك", "المراسم") name whatever was told last. */
const TOLD_TYPE = new Map<string, EventType>([
  ...["اللقاء", "الاجتماع", "المباحثات", "المحادثات"].map((w) => [wordKey(w), "meeting"] as const),
  [wordKey("التوقيع"), "agreement"],
  [wordKey("الاستقبال"), "reception"],
  [wordKey("الجولة"), "visit"],
]);

/**
 * "وعقب المراسم عقد الجانبان اجتماعا", "وبعد التوقيع بحث الوزيران …": told right after an occasion
 * named again, the sentence's own happening, with no day of its own, was held that occasion's day:
 * the day of the latest one of its kind told with a day (of any kind for "ذلك", "المراسم").
 */
export function toldOccasionDay(tokens: readonly Pick<Token, "key">[], u: Unit, found: readonly Pick<EventRead, "type" | "date">[]): string | null {
  for (let k = u.first; k < Math.min(u.last, u.first + AR_REACH); k++) {
    if (!AFTER_WORDS_AR.has(tokens[k]!.key) || !TOLD_AR.has(tokens[k + 1]?.key ?? "")) continue;
    const type = TOLD_TYPE.get(tokens[k + 1]!.key);
    return found.findLast((e) => !!e.date && (!type || e.type === type))?.date ?? null;
  }
  return null;
}

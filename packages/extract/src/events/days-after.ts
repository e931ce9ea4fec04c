import { findDates, findRelative } from "../dates/find";
import type { LocationRead } from "../places/locations";
import type { Token } from "../text/tokens";
import { AFTER_WORDS as AFTER } from "./after-words";
import { HAPPENING_KINDS, type CueHit } from "./cues";
import type { EventType } from "./event-read";
import { toldInClauseTheDayBefore } from "./relative-day-before";
import { mostSpecific, type PlaceAt } from "./sentence-places";

/**
 * "met on Tuesday, two days after a shooting at a frontier post", "جاء اللقاء بعد يومين من هجوم
 * على …": the sentence tells an earlier happening and how many days before its own occasion it
 * came. Returns that count and the token after which the earlier happening is told, or null.
 * A week or a count of weeks before is counted in days ("بعد أسبوعين من" 14), as news prints a
 * week for seven days, and "غداة" for one; a month, or days or weeks not counted ("weeks after", "بعد أيام من", "بعد أسابيع من"), is an
 * earlier happening left undated (`days` null).
 */
export function daysBefore(tokens: readonly Token[], from: number, to: number): { days: number | null; after: number } | null {
  for (let k = from; k < to - 2; k++) {
    const a = tokens[k]!.key, b = tokens[k + 1]!.key, c = tokens[k + 2]!.key;
    // English: "<count> day(s) after", "a week after", "weeks after".
    const count = EN_COUNT.get(a) ?? (a.length === 1 && a >= "0" && a <= "9" ? Number(a) : undefined);
    if (count !== undefined && (b === "days" || b === "day") && c === "after") return { days: count, after: k + 2 };
    if (count !== undefined && (b === "week" || b === "weeks") && c === "after") return { days: 7 * count, after: k + 2 };
    if ((count !== undefined || a === "several" || a === "few") && EN_LONGER.has(b) && c === "after") return { days: null, after: k + 2 };
    if (EN_LONGER.has(a) && b === "after") return { days: null, after: k + 1 };
    // "دعت … اليوم الخميس … غداة اشتباك …": غداة is "on the day after", one day.
    if (a === "غداه" || a === "وغداه") return { days: 1, after: k };
    // Arabic: "بعد يوم من", "بعد يومين من", "بعد ثلاثة أيام من"; "بعد أسبوع من", "بعد أسابيع من".
    if (a !== "بعد" && a !== "وبعد") continue;
    if (AR_DAYS[b] !== undefined && c === "من") return { days: AR_DAYS[b], after: k + 2 };
    if (AR_WEEKS[b] !== undefined && c === "من") return { days: AR_WEEKS[b], after: k + 2 };
    if (AR_LONGER.has(b) && c === "من") return { days: null, after: k + 2 };
    const n = AR_COUNT[b];
    if (n !== undefined && c === "ايام" && tokens[k + 3]?.key === "من") return { days: n, after: k + 3 };
    if (n !== undefined && c === "اسابيع" && tokens[k + 3]?.key === "من") return { days: 7 * n, after: k + 3 };
    if (n !== undefined && AR_LONGER.has(c) && tokens[k + 3]?.key === "من") return { days: null, after: k + 3 };
  }
  return null;
}

// A Map, not an object: indexing an object by every word of the text interns each word first.
const EN_COUNT = new Map<string, number>([["a", 1], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6]]);
const AR_DAYS: Record<string, number> = { يوم: 1, يومين: 2, يومان: 2 };
// Keys are folded (أ → ا).
const AR_WEEKS: Record<string, number> = { اسبوع: 7, اسبوعين: 14, اسبوعان: 14 };
// Keys are folded (ة → ه, أ → ا).
const AR_COUNT: Record<string, number> = { ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6 };
// "days after" (uncounted) is left undated as "weeks after" is.
const EN_LONGER = new Set(["days", "week", "weeks", "month", "months"]);
// "بعد أيام من" (days not counted) is left undated as weeks not counted are.
const AR_LONGER = new Set(["ايام", "اسبوع", "اسبوعين", "اسبوعان", "اسابيع", "شهر", "شهرين", "شهران", "اشهر", "شهور"]);

/**
 * The earlier happening a sentence tells ("two days after a shooting"): a count of days before
 * its occasion followed closely by a cue of something happening.
 */
export function earlierHappening(tokens: readonly Token[], u: { first: number; last: number }, cues: CueHit[]): EarlierHappening | null {
  const before = daysBefore(tokens, u.first, u.last);
  // "a week after talks in Batumi": talks may be the earlier happening too; its doers may stand
  // before the verb ("a week after al-Shabaab fighters attacked …").
  const cue = before && cues.find((c) => (c.kind === "other" || c.kind === "meeting") && c.first > before.after && c.first - before.after <= 6);
  if (before && cue) return { ...before, type: cue.kind === "meeting" ? "meeting" : "other" };
  return plainlyAfter(tokens, u, cues) ?? toldAgo(tokens, u, cues) ?? toldInClauseTheDayBefore(tokens, u, cues);
}

/**
 * "أعلنت البحرية الإفراج عن ثمانية بحارة من ناقلة هاجمها قراصنة قبل ثلاثة أسابيع", "freed the
 * crew of a tanker pirates seized two weeks ago": an 'other' happening told after the sentence's
 * own, and dated by a count of days or weeks back right after it, is an earlier one of its own.
 */
function toldAgo(tokens: readonly Token[], u: { first: number; last: number }, cues: CueHit[]): EarlierHappening | null {
  for (const c of cues) {
    if (c.kind !== "other" || !cues.some((o) => o.kind === "other" && o.last < c.first - 1)) continue;
    for (let k = c.last + 1; k < u.last && k - c.last <= 8; k++) {
      const days = agoDays(tokens, k);
      if (days !== undefined) return { days, after: c.first - 1, type: "other" };
    }
  }
  return null;
}

/** The days "قبل ثلاثة أسابيع" or "two weeks ago" at `k` counts back (null: a month, not to the day), or undefined. */
function agoDays(tokens: readonly Token[], k: number): number | null | undefined {
  const a = tokens[k]!.key, b = tokens[k + 1]?.key ?? "", c = tokens[k + 2]?.key ?? "";
  if (a === "قبل") {
    if (AR_DAYS[b] !== undefined) return AR_DAYS[b];
    if (AR_WEEKS[b] !== undefined) return AR_WEEKS[b];
    const n = AR_COUNT[b];
    if (n !== undefined && c === "ايام") return n;
    if (n !== undefined && c === "اسابيع") return 7 * n;
    return undefined;
  }
  const count = EN_COUNT.get(a) ?? (/^[0-9]$/.test(a) ? Number(a) : undefined);
  if (count === undefined || (c !== "ago")) return undefined;
  if (b === "day" || b === "days") return count;
  if (b === "week" || b === "weeks") return 7 * count;
  return undefined;
}

// "عقب اشتباكات …", "إثر هجوم …", "following clashes", "after an attack": after what, not when.
const EN_ARTICLE = new Set(["a", "an"]);

/**
 * "اتفق الوزيران … على نشر قوة مشتركة، عقب اشتباكات بين رعاة …": a happening named right after
 * "after", with no count of days and no article (one not told before), is an earlier happening
 * of its own, undated, when the sentence has told a happening of its own before it.
 */
function plainlyAfter(tokens: readonly Token[], u: { first: number; last: number }, cues: CueHit[]): EarlierHappening | null {
  for (const c of cues) {
    if (c.kind !== "other") continue;
    let k = c.first - 1;
    if (EN_ARTICLE.has(tokens[k]?.key ?? "")) k--;
    if (k < u.first || !AFTER.has(tokens[k]!.key)) continue;
    // "بعد الهجوم", "after the attack": one the article has told already.
    if (/^(وال|ال|فال|بال)/u.test(tokens[c.first]!.text) || tokens[c.first - 1]?.key === "the") continue;
    if (!cues.some((o) => (HAPPENING_KINDS.has(o.kind) || o.kind === "agreeVerbs") && o.kind !== "statement" && o.last < k)) continue;
    return { days: null, after: k, type: "other" };
  }
  return null;
}

/** An earlier happening: how many days before the occasion (null: not counted to the day), where its words start, what it was. */
export interface EarlierHappening {
  days: number | null;
  after: number;
  type: "other" | "meeting";
}

/** The earlier happening stands where its own words place it; the occasion, before them (`isEarlier`: the event read is the earlier one, not an occasion of the same type). */
export function earlierOwnPlace(earlier: EarlierHappening | null, type: EventType, here: PlaceAt[], isEarlier = type === earlier?.type): LocationRead | null {
  if (!earlier) return null;
  const inClause = here.filter((h) => h.s.first > earlier.after);
  return isEarlier ? mostSpecific(inClause) : mostSpecific(here.filter((h) => h.s.first < earlier.after));
}

/**
 * "two days after gunmen attacked a post on Sunday": the earlier happening's clause (the words
 * after token `after`) prints a weekday or a date of its own, which says its day better than a
 * count of days (not "two weeks ago", a count again).
 */
export function clausePrintsDay(tokens: readonly Token[], text: string, after: number, last: number, monthFirst: boolean): boolean {
  return findRelative(tokens, text, after + 1, last).some((r) => r.kind === "weekday") || findDates(tokens, text, after + 1, last, monthFirst).length > 0;
}

import { hijriToGregorian } from "@tabby_ai/hijri-converter";
import calendar from "../rules/calendar.json";

/** Calendar arithmetic on plain `YYYY-MM-DD` strings (UTC, no time zones involved). */

export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function parseIso(date: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(t.getTime()) ? null : t;
}

export function addDays(date: string, days: number): string | null {
  const t = parseIso(date);
  if (!t) return null;
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

export function weekdayOf(date: string): number | null {
  const t = parseIso(date);
  return t ? t.getUTCDay() : null;
}

/**
 * The date of a weekday named relative to `anchor` (the publication date): news reports past
 * events, so the latest such day on or before the anchor, unless the text marks it as coming
 * ("غدا الخميس", "المقبل", "next") — then the first such day after it; marked as past
 * ("الماضي", "last"), the anchor's own weekday is a week before it.
 */
export function resolveWeekday(anchor: string, weekday: number, future: boolean, past = false): string | null {
  const w = weekdayOf(anchor);
  if (w === null) return null;
  if (future) {
    const diff = (weekday - w + 7) % 7 || 7;
    return addDays(anchor, diff);
  }
  // "الثلاثاء الماضي" / "last Tuesday" printed on a Tuesday is the Tuesday a week before.
  return addDays(anchor, -((w - weekday + 7) % 7 || (past ? 7 : 0)));
}

/** The `day` of the month `months` before or after `anchor`'s ("في الرابع من الشهر الجاري": 0, "الماضي": -1). */
export function dayOfMonthFrom(anchor: string, day: number, months: number): string | null {
  const t = parseIso(anchor);
  if (!t) return null;
  const m = t.getUTCMonth() + months;
  const y = t.getUTCFullYear() + Math.floor(m / 12);
  return isoDate(y, ((m % 12) + 12) % 12 + 1, day);
}

/** Umm al-Qura Hijri date to Gregorian ISO, or null outside the converter's range. */
export function hijriToIso(y: number, m: number, d: number): string | null {
  if (y < 1343 || y > 1500 || m < 1 || m > 12 || d < 1 || d > 30) return null;
  try {
    const g = hijriToGregorian({ year: y, month: m, day: d });
    return isoDate(g.year, g.month, g.day);
  } catch {
    return null;
  }
}

/** The Gregorian months' names the rules list, in every language, lower-case ("march", "mar", "مارس", "آذار"). */
export const GREGORIAN_MONTH_NAMES: ReadonlySet<string> = new Set(Object.values(calendar.gregorian).flat().map((n) => n.toLowerCase()));

/** The weekdays' names the rules list, in every language, lower-case ("monday", "الاثنين"). */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set(Object.values(calendar.weekdays).flat().map((n) => n.toLowerCase()));

import { z } from "zod";

/**
 * Postgres cannot store U+0000 in text: a value holding it would fail deep in a query. Every
 * string the API takes is checked here instead, so the answer is a 400 naming the field.
 */
export const NUL_MESSAGE = "must not contain NUL (U+0000) characters";
export const hasNoNul = (value: string) => !value.includes("\u0000");

/**
 * Explicit bidirectional formatting characters: the Arabic letter mark, LRM/RLM, the embeddings
 * and overrides (U+202A–U+202E) and the isolates (U+2066–U+2069). In a one-line field — a title,
 * a source, an author — they serve no purpose a reader needs, and an override (U+202E) reverses
 * what follows it on screen. Article text keeps them: it is stored verbatim.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, "");
}

/** A string from a query string or a form field: anything but NUL. */
export const safeString = () => z.string().refine(hasNoNul, NUL_MESSAGE);

/** Whether `value` is `YYYY-MM-DD` of a day that exists (years 0001–9999, leap years counted). */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** A day such as `2026-01-11` that exists on the calendar (`2026-02-31` and `0000-01-01` do not). */
export const calendarDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date such as 2026-01-11")
  .refine(isCalendarDay, "must be a real calendar date such as 2026-01-11");

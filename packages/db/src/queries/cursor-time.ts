import { isCalendarDay } from "@marsad/schema";

/**
 * Whether a cursor's timestamp is one Postgres printed (`2026-01-11 09:30:00.123456+00`): a real
 * day and time of day, so a crafted cursor (`2026-13-45T99:99:99Z`) is refused as a bad cursor
 * instead of failing inside the query.
 */
export function isCursorTimestamp(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)?$/.exec(value);
  if (!match || !isCalendarDay(match[1]!)) return false;
  return Number(match[2]) < 24 && Number(match[3]) < 60 && Number(match[4]) < 60;
}

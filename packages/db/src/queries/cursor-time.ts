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

/**
 * Cursor of a row in the list order: its creation time to the microsecond (as Postgres prints it,
 * since a JS Date would round it to the millisecond and repeat or skip rows) plus its id.
 */
export function encodeCursor(row: { createdAtExact: string; id: string }): string {
  return Buffer.from(`${row.createdAtExact}|${row.id}`).toString("base64url");
}

export class InvalidCursorError extends Error {
  constructor() {
    super("cursor is not one returned by this API");
    this.name = "InvalidCursorError";
  }
}

export function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (!createdAt || !isCursorTimestamp(createdAt)) throw new InvalidCursorError();
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) throw new InvalidCursorError();
  return { createdAt, id };
}

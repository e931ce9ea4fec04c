import { isCalendarDay } from "@marsad/schema/zod";

const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * A day as an analyst types it into a date field: `2026-02-05`, also with Arabic-Indic digits
 * (٢٠٢٦-٠٢-٠٥), slashes or dots between the parts, or single-digit months and days (2026/2/5).
 * Year first whatever the interface language, so the order never depends on a locale guess.
 * Returns the ISO day, `""` for an empty field, or `null` for text that is not a real day.
 */
export function parseTypedDay(text: string): string | null {
  const western = text.replace(EASTERN_DIGITS, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90));
  const trimmed = western.trim();
  if (trimmed === "") return "";
  const match = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/.exec(trimmed);
  if (!match) return null;
  const iso = `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`;
  return isCalendarDay(iso) ? iso : null;
}

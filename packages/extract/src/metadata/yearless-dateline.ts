import { findDates } from "../dates/find";
import { yearlessDate } from "../dates/yearless";
import type { Doc } from "../document";
import type { Layout } from "./header";

/**
 * "دكا في ٢ مايو (بي إس إس) -": a dateline that prints the day and month but no year. The report
 * was filed that day in the year the article's own dates point to: the year that puts it nearest
 * the latest Gregorian date printed with its year ("يوم السبت ١٤ مارس ٢٠٢٦" dates "٢ مايو" to
 * 2026, "28 December 2025" dates "2 January" to 2026). Null when the article prints no full date.
 */
export function yearlessDatelineDate(doc: Doc, layout: Layout): string | null {
  const { dateline } = layout;
  if (!dateline) return null;
  const monthFirst = doc.language === "en";
  const filed = findDates(doc.tokens, doc.text, dateline.first, dateline.last, monthFirst).find((d) => !d.iso && !d.hijri);
  if (!filed) return null;
  const printed = findDates(doc.tokens, doc.text, dateline.last, doc.tokens.length, monthFirst)
    .filter((d) => d.iso && !d.hijri)
    .map((d) => d.iso!)
    .sort();
  const latest = printed[printed.length - 1];
  return latest ? yearlessDate(filed.month, filed.day, latest, false) : null;
}

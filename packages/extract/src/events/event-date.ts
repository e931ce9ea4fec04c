import { addDays, dayOfMonthFrom, resolveWeekday } from "../dates/calendar";
import { findDates, findRelative, type RelativeCue } from "../dates/find";
import { spanStartDay } from "../dates/ranges";
import { yearlessDate } from "../dates/yearless";
import type { Doc } from "../document";
import type { Unit } from "./units";

/**
 * The day a unit's event happened: a full date printed in it, a yearless one or a relative day
 * ("الأحد", "اليوم") resolved against the publication date, and the dateline's date last.
 * A span of days ("بزيارة من ٢ إلى ٥ يونيو") tells how long a visit lasted: a visit began on its
 * first day, while the talks held during it are dated by their own words, not by the span.
 */
export function eventDate(doc: Doc, u: Unit, published: string | null, inDateline: (k: number) => boolean, visit = false): string | null {
  const monthFirst = doc.language === "en";
  const found = findDates(doc.tokens, doc.text, u.first, u.last, monthFirst);
  const all = found.flatMap((d) => {
    const first = spanStartDay(doc.tokens, d);
    if (first === null) return [d];
    return visit ? [{ ...d, day: first, iso: d.iso ? d.iso.slice(0, 8) + String(first).padStart(2, "0") : null }] : [];
  });
  // The dateline's date is the day the report was filed ("الرباط ٦ يونيو (و م ع) - استقبل … يوم
  // الثلاثاء الماضي"): the sentence's own day, printed or relative, comes first.
  const dates = all.filter((d) => !inDateline(d.firstToken));
  const filed = all.find((d) => inDateline(d.firstToken) && d.iso)?.iso ?? null;
  for (const d of dates) {
    if (d.iso) return d.iso;
  }
  if (!published) return filed ?? pastWeekdayBeforePrinted(doc, u, inDateline);
  for (const d of dates) {
    const iso = d.hijri ? null : yearlessDate(d.month, d.day, published, false);
    if (iso) return iso;
  }
  for (const r of findRelative(doc.tokens, doc.text, u.first, u.last)) {
    if (inDateline(r.firstToken)) continue;
    return relativeDay(doc, r, published);
  }
  for (const d of all) {
    const iso = d.iso ?? (d.hijri ? null : yearlessDate(d.month, d.day, published, true));
    if (iso) return iso;
  }
  return null;
}

/**
 * "أدى الوزير، يوم الاثنين 16 أوت 2027، زيارة … وكان قد التقى الجمعة الماضي نظيره": with no
 * publication date, a weekday marked past ("الماضي", "last") counts back from the last full date
 * the article printed before it, the day its story stands on.
 */
function pastWeekdayBeforePrinted(doc: Doc, u: Unit, inDateline: (k: number) => boolean): string | null {
  const weekday = findRelative(doc.tokens, doc.text, u.first, u.last).find((r) => !inDateline(r.firstToken));
  if (weekday?.kind !== "weekday" || !weekday.past || weekday.future) return null;
  const before = findDates(doc.tokens, doc.text, 0, u.first, doc.language === "en").filter((d) => d.iso && !d.hijri);
  const anchor = before[before.length - 1]?.iso;
  return anchor ? resolveWeekday(anchor, weekday.value, false, true) : null;
}

/** The day a relative word ("أمس", "on Monday", "الخميس المقبل", "في الرابع من الشهر الجاري") names, counted from the publication date. */
export function relativeDay(doc: Doc, r: RelativeCue, published: string): string | null {
  if (r.kind === "relative") return addDays(published, r.value);
  if (r.kind === "monthDay") return dayOfMonthFrom(published, r.value, r.months ?? 0);
  const prevTok = doc.tokens[r.firstToken - 1];
  const future = r.future || (prevTok ? ["غدا", "غدا", "tomorrow"].includes(prevTok.key) : false);
  return resolveWeekday(published, r.value, future && !r.past, r.past);
}

import { addDays, isoDate, weekdayOf } from "../dates/calendar";
import { findDates, findRelative, type FoundDate, type RelativeCue } from "../dates/find";
import type { Doc } from "../document";
import { datelineAgency, isDatedMasthead, isDateLine } from "./dated-masthead";
import { slashedDateline, type Layout } from "./header";
import { yearlessDatelineDate } from "./yearless-dateline";

/**
 * How the text told its publication date: printed in the header, dateline or closing line
 * (`stated`), printed there in the Hijri calendar (`hijri`), or worked out from a relative day word
 * beside a printed date or from the year of the article's dates for a yearless dateline (`inferred`).
 */
export type PublishedHow = "stated" | "hijri" | "inferred";

export interface Published {
  date: string;
  how: PublishedHow;
}

/**
 * The publication date: a date printed in the header block, in the dateline that opens the
 * body, or on a short trailing line. A date inside the story ("returned on Friday 13 February")
 * is not the publication date — unless a relative word ties it to the day of writing
 * ("أمس الأحد 11 يناير 2026" was written on the 12th).
 */
export function readPublished(doc: Doc, layout: Layout): Published | null {
  const monthFirst = doc.language === "en";
  const ranges: [number, number][] = [];
  for (const line of layout.header) ranges.push([line.first, line.last]);
  if (layout.dateline) ranges.push([layout.dateline.first, layout.dateline.last]);
  const slashed = slashedDateline(doc, layout);
  if (slashed) ranges.push([slashed.first, slashed.last]);
  for (const line of layout.trailer) if (line.words <= 8) ranges.push([line.first, line.last]);
  // A site's masthead over the headline prints the day of publication (src/metadata/dated-masthead.ts),
  // and so does a short date-and-time line there ("June 18, 2027 11:42 AM UTC") or a line of the
  // date with its update's words, however many words its date and hour take ("آخر تحديث: الثلاثاء
  // 5/9/2028 - 8:10 م": a page that prints only when it was updated was published that day).
  for (const line of layout.leading) if (isDatedMasthead(doc, line) || datelineAgency(doc, line) || isDateLine(doc, line) || line.words <= 8) ranges.push([line.first, line.last]);
  for (const [a, b] of ranges) {
    const found = findDates(doc.tokens, doc.text, a, b, monthFirst).filter((d) => d.iso);
    // A line printing both calendars ("24 شعبان 1447 هـ الموافق 11 يناير 2026"): the Gregorian
    // date is the outlet's own, the converted Hijri one may be a day off the local sighting.
    const d = found.find((x) => !x.hijri) ?? found[0];
    if (d?.iso) return { date: d.hijri ? d.iso : dayMonthOrder(doc, d, b, monthFirst), how: d.hijri ? "hijri" : "stated" };
  }
  const inferred = inferPublished(doc, monthFirst);
  if (inferred) return inferred;
  const yearless = yearlessDatelineDate(doc, layout);
  return yearless ? { date: yearless, how: "inferred" } : null;
}

/**
 * "12/04/2025" reads as 4 December or 12 April. English news is read month first, but a page that
 * prints day first says so by its lead: the weekday the lead names ("on Saturday") is the day of
 * only one reading, a report being filed on the day it tells; or the lead prints the day in words
 * ("04-02-2032" over "ALBINA, Feb 3 (SH) –"), filed on that day or within the days after it. With
 * neither, a date parted by dashes is read day first, as the pages that print it so are European
 * or of the Commonwealth ("12-10-2023"); the American page parts its dates by slashes.
 */
function dayMonthOrder(doc: Doc, d: FoundDate, after: number, monthFirst: boolean): string {
  const iso = d.iso!;
  if (doc.tokens[d.firstToken]?.kind !== "num" || d.day > 12 || d.month > 12 || d.day === d.month) return iso;
  const other = findDates(doc.tokens, doc.text, d.firstToken, d.lastToken + 1, !monthFirst).find((x) => x.iso)?.iso;
  if (!other) return iso;
  const leadEnd = Math.min(doc.tokens.length, after + LEAD_TOKENS);
  const byWeekday = settledByWeekday(doc, [iso, other], after, leadEnd);
  if (byWeekday) return byWeekday;
  const byWords = settledByWordedDate(doc, [iso, other], after, leadEnd);
  if (byWords) return byWords;
  return monthFirst && doc.tokens[d.firstToken + 1]?.text === "-" ? other : iso;
}

/** The one reading whose weekday the lead names, or null. */
function settledByWeekday(doc: Doc, readings: string[], from: number, to: number): string | null {
  const cues = findRelative(doc.tokens, doc.text, from, to);
  // "أمس الثلاثاء", "yesterday (Tuesday)": the weekday is the day before the filing, not its own.
  const offsetOf = (w: RelativeCue) => cues.find((c) => c.kind === "relative" && c.lastToken < w.firstToken && w.firstToken - c.lastToken <= 2)?.value ?? 0;
  const lead = cues.filter((w) => w.kind === "weekday");
  const named = readings.filter((date) => lead.some((w) => w.value === weekdayOf(addDays(date, offsetOf(w)) ?? date)));
  return named.length === 1 ? named[0]! : null;
}

// A report is filed on the day its lead prints or within this many days after it.
const FILED_WITHIN_DAYS = 7;

/** The one reading that falls on or just after a day the lead prints with its month's name, or null. */
function settledByWordedDate(doc: Doc, readings: string[], from: number, to: number): string | null {
  const worded = findDates(doc.tokens, doc.text, from, to).filter((x) => !x.hijri && doc.tokens.slice(x.firstToken, x.lastToken + 1).some((t) => t.kind === "word"));
  const near = readings.filter((date) =>
    worded.some((w) => {
      const day = isoDate(w.year ?? Number(date.slice(0, 4)), w.month, w.day);
      return !!day && Array.from({ length: FILED_WITHIN_DAYS + 1 }, (_, k) => addDays(day, k)).includes(date);
    }),
  );
  return near.length === 1 ? near[0]! : null;
}

// How far into the body a lead's weekday is looked for.
const LEAD_TOKENS = 60;

// Words that may stand between a relative day word and its date: "أمس الأحد الموافق 11 يناير".
const BETWEEN = new Set(["الموافق", "on"]);

/**
 * A relative day word followed by a printed date names the day of writing: "اليوم الاثنين 12
 * يناير 2026" was written on the 12th, "yesterday, January 11, 2026" on the 12th. A weekday
 * between them must agree with the date, or the pair proves nothing.
 */
function inferPublished(doc: Doc, monthFirst: boolean): Published | null {
  const cues = findRelative(doc.tokens, doc.text).filter((c) => c.kind === "relative");
  if (!cues.length) return null;
  const dates = findDates(doc.tokens, doc.text, 0, doc.tokens.length, monthFirst).filter((d) => d.iso && !d.hijri);
  for (const cue of cues) {
    const date = dates.find((d) => d.firstToken > cue.lastToken && d.firstToken - cue.lastToken <= 5);
    if (!date?.iso) continue;
    const weekdays = findRelative(doc.tokens, doc.text, cue.lastToken + 1, date.firstToken).filter((w) => w.kind === "weekday");
    const covered = new Set(weekdays.flatMap((w) => Array.from({ length: w.lastToken - w.firstToken + 1 }, (_, k) => w.firstToken + k)));
    const gapIsGlue = doc.tokens
      .slice(cue.lastToken + 1, date.firstToken)
      .every((t) => t.kind === "punct" || covered.has(t.i) || BETWEEN.has(t.key));
    if (!gapIsGlue) continue;
    if (weekdays.some((w) => w.value !== weekdayOf(date.iso!))) continue;
    const published = addDays(date.iso, -cue.value);
    if (published) return { date: published, how: "inferred" };
  }
  return null;
}

import rules from "../rules/metadata.json";
import { findDates, findRelative } from "../dates/find";
import type { Doc, Line } from "../document";
import { isLatinPersonalName } from "./byline-names";
import { issueNumberTokens } from "./issue-number";
import { knownOutlet } from "./outlets";
import { isPersonalName } from "./personal-name";
import { wordKey } from "../text/tokens";

/**
 * A site's masthead line above the headline: the outlet's name, a bar or a dash, and the day of
 * publication, often in both calendars ("الاقتصادية | الأحد ١٣ صفر ١٤٤٩ هـ - ١٨ يوليو ٢٠٢٧ م",
 * "The Daily Record | Monday 4 May 2026"), or the date alone. Such a line is no headline: the
 * headline is the line under it, the date is the publication date, and the name before the bar is
 * the outlet.
 */

// Words a masthead prints beside its dates: the era marks and "corresponding to".
const DATE_GLUE = new Set(["هـ", "ه", "م", "مـ", "الموافق", "الموافق:"]);
// "هــ": papers stretch the era's mark with tatweel.
const TATWEEL = /\u0640+$/u;
// At most this many words besides the dates and the weekday: the outlet's name.
const MAX_NAME_WORDS = 3;

/** The words of the line outside its dates, weekday and era marks, in order. */
function wordsBesideDates(doc: Doc, line: Line): { k: number; text: string }[] | null {
  const dates = findDates(doc.tokens, doc.text, line.first, line.last).filter((d) => d.iso);
  if (!dates.length) return null;
  const covered = new Set<number>();
  for (const d of dates) for (let k = d.firstToken; k <= d.lastToken; k++) covered.add(k);
  for (const w of findRelative(doc.tokens, doc.text, line.first, line.last)) {
    if (w.kind === "weekday") for (let k = w.firstToken; k <= w.lastToken; k++) covered.add(k);
  }
  for (const k of clockTokens(doc, line)) covered.add(k);
  for (const k of issueNumberTokens(doc, line)) covered.add(k);
  const out: { k: number; text: string }[] = [];
  for (let k = line.first; k < line.last; k++) {
    const t = doc.tokens[k]!;
    if (covered.has(k) || t.kind === "punct" || DATE_GLUE.has(t.text.replace(TATWEEL, ""))) continue;
    out.push({ k, text: t.text });
  }
  return out;
}

// "AM", "pm", and the "a"/"p" and "m" of "a.m." after a clock time.
const MERIDIEM = new Set(["am", "pm", "a", "p", "m"]);

/**
 * "05:12 AM", "15:42": the hour a page prints beside its date, with its AM or PM, is part of the
 * date's print, not of the outlet's name.
 */
function clockTokens(doc: Doc, line: Line): number[] {
  const out: number[] = [];
  for (let k = line.first; k + 2 < line.last; k++) {
    const [h, colon, m] = [doc.tokens[k]!, doc.tokens[k + 1]!, doc.tokens[k + 2]!];
    if (h.kind !== "num" || colon.text !== ":" || m.kind !== "num" || !/^\d{1,2}$/u.test(h.text) || !/^\d{2}$/u.test(m.text)) continue;
    out.push(k, k + 1, k + 2);
    for (let j = k + 3; j < line.last && (MERIDIEM.has(doc.tokens[j]!.text.toLowerCase()) || doc.tokens[j]!.text === "."); j++) out.push(j);
  }
  return out;
}

/**
 * A dated line whose only other words are a short name set off before the date by a bar or a dash,
 * or a line of the date alone ("Monday 12th April 2027").
 */
export function isDatedMasthead(doc: Doc, line: Line): boolean {
  const words = wordsBesideDates(doc, line);
  return !!words && (words.length === 0 || mastheadOutlet(doc, line) !== null);
}

// Words a line of the date may print beside it: "Updated", "آخر تحديث", "UTC", a section or two.
const MAX_WORDS_BESIDE_DATE = 3;

/**
 * A line that prints the day of publication and little else: the date (in one calendar or both,
 * its weekday, its hour, the paper's issue number) and at most three other words ("تحديث:",
 * "Updated:", "UTC", "Politics | Security"), however many words the dates themselves take; the
 * words of a publication stamp are not counted ("Published on … at … | Updated …").
 */
export function isDateLine(doc: Doc, line: Line): boolean {
  const words = wordsBesideDates(doc, line);
  if (!words) return false;
  // "Published on … at 4:45 pm | Updated …": a stamp's words and the prepositions beside them.
  const keys = words.map((w) => wordKey(w.text));
  const stamped = keys.some((k) => STAMP_WORDS.has(k));
  return (stamped ? keys.filter((k) => !STAMP_WORDS.has(k) && !STAMP_GLUE.has(k)) : keys).length <= MAX_WORDS_BESIDE_DATE;
}

const STAMP_WORDS = new Set(rules.publicationStamp.words.map(wordKey));
const STAMP_GLUE = new Set(rules.publicationStamp.glue.map(wordKey));

/**
 * "غاروا ٢٦ ربيع الأول ١٤٥٠ هـ الموافق ١٧ أغسطس ٢٠٢٨ م واس" over the headline: a wire's dateline
 * printed above it — a town of one to three words opening the line, the date (often in both
 * calendars), and a listed agency's name or code closing it, nothing else. The agency it returns
 * is the source; the date is the day of publication; the headline is the line under it.
 */
export function datelineAgency(doc: Doc, line: Line): string | null {
  const words = wordsBesideDates(doc, line);
  if (!words || words.length < 2 || words.length > 6 || words[0]!.k !== line.first) return null;
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n);
    const town = words.slice(0, -n);
    if (town.length > 3) continue;
    // Town and agency each run unbroken, the town up to the first date, the agency to the line's end.
    if (town[town.length - 1]!.k - town[0]!.k !== town.length - 1 || tail[tail.length - 1]!.k - tail[0]!.k !== n - 1) continue;
    const name = doc.text.slice(doc.tokens[tail[0]!.k]!.start, doc.tokens[tail[n - 1]!.k]!.end);
    if (knownOutlet(name)?.kind === "agency") return name;
  }
  return null;
}

/** The outlet's name of a dated masthead line, or null when the line is none. */
export function mastheadOutlet(doc: Doc, line: Line, separator = SEPARATOR): string | null {
  const words = wordsBesideDates(doc, line);
  if (!words || !words.length || words.length > MAX_NAME_WORDS) return null;
  // The name opens the line and runs unbroken up to its bar or dash.
  const first = words[0]!.k, last = words[words.length - 1]!.k;
  if (first !== line.first || last - first !== words.length - 1) return null;
  const sep = doc.tokens[last + 1];
  if (!sep || !separator.test(sep.text)) return null;
  return doc.text.slice(doc.tokens[first]!.start, doc.tokens[last]!.end);
}

const SEPARATOR = /^[|｜\-–—]$/u;
// Under the headline: a bar or a slash.
const BAR_OR_SLASH = /^[|｜/]$/u;

/**
 * "Samoa Observer | 20 July 2027", "The Harbour Times / 09:40 AM March 3, 2027" below the headline:
 * only a bar or a slash sets an outlet off its date there (a dash follows the place of a dateline,
 * "عدن - ٢٨/٥/٢٠٢٦"), and a place is no outlet. A slash also parts a writer from the day he filed
 * ("سامي يوسف / ١٢ مايو ٢٠٢٧"), so a name before it must be no personal name.
 */
export function barredOutlet(doc: Doc, line: Line, isPlaceName: (s: string) => boolean): string | null {
  const name = mastheadOutlet(doc, line, BAR_OR_SLASH);
  if (!name || isPlaceName(name)) return null;
  const words = wordsBesideDates(doc, line)!;
  const sep = doc.tokens[words[words.length - 1]!.k + 1]!;
  return sep.text !== "/" || (!isPersonalName(name) && !isLatinPersonalName(name, isPlaceName)) ? name : null;
}

import calendar from "../rules/calendar.json";
import { PhraseTrie } from "../text/phrase-trie";
import type { Token } from "../text/tokens";
import { hijriToIso, isoDate } from "./calendar";
import { ordinalDayBefore } from "./ordinal-days";
import { matchKey } from "../text/normalize";
import { ORDINAL_SUFFIXES } from "../text/english-marks";

/**
 * Dates printed in a stretch of text: numeric (11.01.2026, 19/01/2026, 24-5-2023, 2024-11-10),
 * with month names in any Arabic calendar tradition or English (13 فبراير 2026, 08 ديسمبر-كانون
 * الأول 2023, October 15, 2024, Oct. 14), Hijri (24 شعبان 1447 هـ), and the relative words and
 * weekdays that events are dated with (اليوم, أمس, الأحد, on Monday). A day spelled as an ordinal
 * before "من" and the month ("التاسع من نوفمبر 2027") is read too (src/dates/ordinal-days.ts).
 */

export interface FoundDate {
  /** `YYYY-MM-DD` when the year is printed, else null. */
  iso: string | null;
  /** Printed in the Hijri calendar (and converted to Gregorian in `iso`). */
  hijri: boolean;
  month: number;
  day: number;
  year: number | null;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
}

export interface RelativeCue {
  kind: "weekday" | "relative" | "monthDay";
  /** Weekday 0 (Sunday) … 6, day offset (-1, 0, 1) for relative words, or the day of the month ("monthDay"). */
  value: number;
  /** "monthDay": months counted from the publication's ("الشهر الجاري" 0, "الشهر الماضي" -1). */
  months?: number;
  future: boolean;
  past: boolean;
  firstToken: number;
  lastToken: number;
}

type MonthRef = { cal: "g" | "h"; m: number };
const monthTrie = new PhraseTrie<MonthRef>(
  [
    ...Object.entries(calendar.gregorian).flatMap(([m, names]) => names.map((n) => [n, { cal: "g" as const, m: Number(m) }] as const)),
    ...Object.entries(calendar.hijri).flatMap(([m, names]) => names.map((n) => [n, { cal: "h" as const, m: Number(m) }] as const)),
  ],
  { clitics: true, skippable: "." },
);
const weekdayTrie = new PhraseTrie<number>(
  Object.entries(calendar.weekdays).flatMap(([d, names]) => names.map((n) => [n, Number(d)] as const)),
);
const relativeTrie = new PhraseTrie<number>(
  Object.entries(calendar.relative).flatMap(([d, names]) => names.map((n) => [n, Number(d)] as const)),
);
const BEFORE_KEYS = new Set(["قبل", "منذ"]);
// "اليوم ذاته", "في اليوم نفسه": the day of the happening told before, not today.
export const SAME_KEYS = new Set(["ذاته", "نفسه", "عينه"]);
const futureKeys = new Set(calendar.futureMarkers.map((w) => w.toLowerCase()));
const pastKeys = new Set(calendar.pastMarkers.map((w) => w.toLowerCase()));
const hijriSuffix = new Set(calendar.hijriSuffixes.map((w) => w.toLowerCase().replace(/ـ/g, "")));

const monthOfDay = calendar.monthOfDay;
const MONTH_KEYS = new Set(monthOfDay.month.map(matchKey));
const THIS_KEYS = new Set(monthOfDay.this.map(matchKey));
const monthOffsetOf = new Map([...monthOfDay["0"].map((w) => [matchKey(w), 0] as const), ...monthOfDay["-1"].map((w) => [matchKey(w), -1] as const)]);

/**
 * "في الرابع من الشهر الجاري", "في 16 من الشهر الماضي", "العاشر من هذا الشهر": the day before the
 * "من" at token `min`, in a month named by its place to the publication's; null when it is none.
 */
function monthDayAt(tokens: readonly Token[], min: number): RelativeCue | null {
  if (tokens[min]?.key !== MIN_KEY) return null;
  let k = min + 1;
  const thisMonth = THIS_KEYS.has(tokens[k]?.key ?? "");
  if (thisMonth) k++;
  if (!MONTH_KEYS.has(tokens[k]?.key ?? "")) return null;
  const months = thisMonth ? 0 : monthOffsetOf.get(tokens[k + 1]?.key ?? "");
  if (months === undefined) return null;
  const day = ordinalDayBefore(tokens, min) ?? numberedDayBeforeMin(tokens, min);
  if (!day) return null;
  return { kind: "monthDay", value: day.day, months, future: false, past: months < 0, firstToken: day.first, lastToken: thisMonth ? k : k + 1 };
}

const SEPARATORS = new Set([".", "/", "-"]);
const GLUE = new Set(["-", "–", "—", ",", "،", "/", "."]);

function num(t: Token | undefined): number | null {
  return t && t.kind === "num" ? Number(t.key) : null;
}

/** Numeric date starting at token i: D.M.Y, D/M/Y, D-M-Y, Y-M-D (M/D/Y when D cannot be a day). */
function numericAt(tokens: readonly Token[], i: number, monthFirst: boolean): FoundDate | null {
  const a = tokens[i], s1 = tokens[i + 1], b = tokens[i + 2], s2 = tokens[i + 3], c = tokens[i + 4];
  if (!a || !s1 || !b || !s2 || !c) return null;
  if (a.kind !== "num" || b.kind !== "num" || c.kind !== "num") return null;
  if (!SEPARATORS.has(s1.text) || s1.text !== s2.text) return null;
  // "16 - 9 - 2026" (a dateline of KUNA's kind) spaces every separator alike and ends in a full
  // year; other spaced runs of numbers ("3 - 1 - 0" scores) are no date.
  const spaced = s1.spaceBefore && b.spaceBefore && s2.spaceBefore && c.spaceBefore && s1.text === "-" && a.key.length <= 2 && c.key.length === 4;
  if (!spaced && (s1.spaceBefore || b.spaceBefore || s2.spaceBefore || c.spaceBefore)) return null;
  // A longer run of numbers (a phone number, a version) is no date.
  const after = tokens[i + 5];
  if (after && SEPARATORS.has(after.text) && !after.spaceBefore && tokens[i + 6]?.kind === "num") return null;
  let y: number, m: number, d: number;
  const A = Number(a.key), B = Number(b.key), C = Number(c.key);
  if (a.key.length === 4) [y, m, d] = [A, B, C];
  else {
    y = c.key.length === 2 ? 2000 + C : C;
    if (B > 12 && A <= 12) [m, d] = [A, B];
    else if (A > 12) [m, d] = [B, A];
    // Dots part a date day first wherever it is printed ("06.12.2027" is 6 December).
    else if (monthFirst && s1.text !== ".") [m, d] = [A, B];
    else [m, d] = [B, A];
  }
  const iso = isoDate(y, m, d);
  if (!iso) return null;
  return { iso, hijri: false, year: y, month: m, day: d, start: a.start, end: c.end, firstToken: i, lastToken: i + 4 };
}

function skipGlue(tokens: readonly Token[], j: number, dir: 1 | -1, max = 2): number {
  let n = 0;
  while (n < max && tokens[j] && tokens[j]!.kind === "punct" && GLUE.has(tokens[j]!.text)) {
    j += dir;
    n++;
  }
  return j;
}

// English ordinal days: "12th April", "April 12th", "1st of May".

/**
 * From token j going `dir`, past an ordinal suffix glued to the day number ("12th" is read as 12
 * and "th") and, going back from the month, the "of" of "12th of April": the token after the day.
 */
function skipOrdinal(tokens: readonly Token[], j: number, dir: 1 | -1): number {
  if (dir === -1 && tokens[j]?.key === "of") j--;
  const t = tokens[j];
  return t && ORDINAL_SUFFIXES.has(t.key) && !t.spaceBefore ? j + dir : j;
}

const MIN_KEY = matchKey("من");

/**
 * "الأربعاء 21 من ذي الحجة 1451 هـ", "5 من يونيو 2027": Egyptian papers set "من" between the day's
 * number and its month, as they do after a day spelled as an ordinal.
 */
function numberedDayBeforeMin(tokens: readonly Token[], min: number): { day: number; first: number } | null {
  if (tokens[min]?.key !== MIN_KEY) return null;
  const d = num(tokens[min - 1]);
  return d !== null && d >= 1 && d <= 31 && tokens[min - 1]!.key.length <= 2 ? { day: d, first: min - 1 } : null;
}

/** Date around a month name at token i. */
function namedAt(tokens: readonly Token[], i: number, text: string): FoundDate | null {
  const mm = monthTrie.matchAt(tokens, i, text);
  if (!mm) return null;
  // A bare "May", "Mar" or "ماي" is a month only beside a number.
  let first = i;
  let last = mm.last;
  let day: number | null = null;
  const before = skipGlue(tokens, skipOrdinal(tokens, i - 1, -1), -1);
  const dayBefore = num(tokens[before]);
  // A comma parts a number from the month it does not count ("3:17 PM GMT+3, September 12, 2024":
  // the hour's zone), where "12 September" and "12-September" are a day and its month.
  const commaBetween = tokens.slice(before + 1, i).some((t) => t.text === "," || t.text === "،");
  if (dayBefore !== null && dayBefore >= 1 && dayBefore <= 31 && tokens[before]!.key.length <= 2 && !commaBetween) {
    day = dayBefore;
    first = before;
  } else {
    const ordinal = ordinalDayBefore(tokens, i - 1) ?? numberedDayBeforeMin(tokens, i - 1);
    if (ordinal) [day, first] = [ordinal.day, ordinal.first];
  }
  let j = skipGlue(tokens, mm.last + 1, 1);
  // Two names for one month: "ديسمبر-كانون الأول", "كانون الثاني/يناير", and the second in
  // brackets: "كانون الأول (ديسمبر)", "يوليو (تموز)".
  const bracketed = tokens[j]?.text === "(";
  const alias = monthTrie.matchAt(tokens, bracketed ? j + 1 : j, text);
  if (alias && alias.value.m === mm.value.m && alias.value.cal === mm.value.cal && (!bracketed || tokens[alias.last + 1]?.text === ")")) {
    last = bracketed ? alias.last + 1 : alias.last;
    j = skipGlue(tokens, last + 1, 1);
  }
  if (day === null) {
    const dayAfter = num(tokens[j]);
    if (dayAfter !== null && dayAfter >= 1 && dayAfter <= 31 && tokens[j]!.key.length <= 2) {
      day = dayAfter;
      last = skipOrdinal(tokens, j + 1, 1) - 1;
      j = skipGlue(tokens, last + 1, 1);
    }
  }
  if (day === null) return null;
  let year: number | null = null;
  const y = num(tokens[j]);
  if (y !== null && tokens[j]!.key.length === 4) {
    year = y;
    last = j;
    if (mm.value.cal === "g" && tokens[j + 1] && hijriSuffix.has(tokens[j + 1]!.key)) return null;
  }
  let iso: string | null = null;
  if (year !== null) iso = mm.value.cal === "g" ? isoDate(year, mm.value.m, day) : hijriToIso(year, mm.value.m, day);
  else if (mm.value.cal === "h") return null;
  const start = tokens[first]!.start === mm.start - mm.clitic.length ? mm.start : tokens[first]!.start;
  return {
    iso,
    hijri: mm.value.cal === "h",
    year: iso ? Number(iso.slice(0, 4)) : null,
    month: iso ? Number(iso.slice(5, 7)) : mm.value.m,
    day: iso ? Number(iso.slice(8, 10)) : day,
    start,
    end: tokens[last]!.end,
    firstToken: first,
    lastToken: last,
  };
}

/** Every absolute date in tokens[from, to). */
export function findDates(tokens: readonly Token[], text: string, from = 0, to = tokens.length, monthFirst = false): FoundDate[] {
  const out: FoundDate[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const found = t.kind === "num" ? numericAt(tokens, i, monthFirst) : t.kind === "word" ? namedAt(tokens, i, text) : null;
    if (found && found.lastToken < to && found.firstToken >= from) {
      if (out.length && out[out.length - 1]!.lastToken >= found.firstToken) continue;
      out.push(found);
      i = found.lastToken;
    }
  }
  return out;
}

/** Weekdays and relative day words in tokens[from, to). */
export function findRelative(tokens: readonly Token[], text: string, from = 0, to = tokens.length): RelativeCue[] {
  const out: RelativeCue[] = [];
  for (let i = from; i < to; i++) {
    const monthDay = monthDayAt(tokens, i);
    if (monthDay && monthDay.firstToken >= from && monthDay.lastToken < to) {
      out.push(monthDay);
      i = monthDay.lastToken;
      continue;
    }
    const rel = relativeTrie.matchAt(tokens, i, text);
    const wd = rel ? undefined : weekdayTrie.matchAt(tokens, i, text);
    const m = rel ?? wd;
    if (!m) continue;
    // "قبل يومين من الانتخابات" counts back from another day than today's.
    if (rel && BEFORE_KEYS.has(tokens[i]!.key) && tokens[m.last + 1]?.key === "من") {
      i = m.last;
      continue;
    }
    if (rel && SAME_KEYS.has(tokens[m.last + 1]?.key ?? "")) {
      i = m.last;
      continue;
    }
    const near = [tokens[i - 1], tokens[i - 2], tokens[m.last + 1]].filter((x): x is Token => !!x);
    out.push({
      kind: rel ? "relative" : "weekday",
      value: m.value,
      future: near.some((x) => futureKeys.has(x.key)),
      past: near.some((x) => pastKeys.has(x.key)),
      firstToken: i,
      lastToken: m.last,
    });
    i = m.last;
  }
  return out;
}

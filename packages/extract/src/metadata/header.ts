import rules from "../rules/metadata.json";
import { findDates } from "../dates/find";
import type { Doc, Line } from "../document";
import { isFiledPlaceName, isPlaceName } from "../places/gazetteer";
import { wordKey } from "../text/tokens";
import { datelineAgency, isDatedMasthead } from "./dated-masthead";
import { correspondentOf } from "./personal-name";
import { agencyAfterDateEnd } from "./date-then-agency";
import { datedAgencyOpeningEnd } from "./dated-agency-opening";
import { agencyBetweenSlashes } from "./slashed-agency";
import { taglineOutlet } from "./outlet-tagline";
import { mastheadAboveSection, mastheadOverSection } from "./sectioned-masthead";
import { DASHES } from "../text/punctuation";

/**
 * The layout of a news page as it comes to us: an optional run of page furniture (tag lists,
 * section labels, aggregator mastheads), the headline, a header block (bylines, dates, outlet
 * names, credit lines), the body paragraphs, and a few trailing lines. Metadata is read only from
 * the header block, the dateline that opens the body, and the trailing lines: a date or an agency
 * named inside the body is a fact of the story, not of its publication.
 */

export interface Layout {
  titleLine: Line | null;
  /** Non-empty lines between the headline and the body (or before the body when no headline). */
  header: Line[];
  /** First body line, if any. */
  body: Line | null;
  /** Token range of the dateline that opens the first body line ("ANKARA (AA) -"). */
  dateline: { first: number; last: number } | null;
  /** Short non-empty lines after the last body paragraph. */
  trailer: Line[];
  /** Lines skipped before the headline (tag lists, section labels, mastheads). */
  leading: Line[];
  /** The outlet a masthead over its section names ("سبق | الدفاع"), or null. */
  masthead: string | null;
}

const sectionKeys = new Set(rules.sectionLabels.map(keyOf));
const bylineKeys = new Set(rules.bylineWords.map(keyOf));

export function keyOf(s: string): string {
  return s
    .split(/[\s\p{P}]+/u)
    .filter(Boolean)
    .map(wordKey)
    .join(" ");
}

export function lineKey(line: Line): string {
  return keyOf(line.text);
}

export function isSectionLabel(line: Line): boolean {
  return line.words <= 4 && sectionKeys.has(lineKey(line));
}

/** Keys of the first `n` words of `s`: the start of `keyOf(s)`, without keying the rest of a long line. */
function firstWordKeys(s: string, n: number): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(WORD_OF_KEY)) {
    out.push(wordKey(m[0]));
    if (out.length === n) break;
  }
  return out;
}
const WORD_OF_KEY = /[^\s\p{P}]+/gu;

// Asked of the same header lines by the layout, the author, the source and the credits.
const bylineStarts = new WeakMap<Line, boolean>();

export function isBylineStart(line: Line): boolean {
  let v = bylineStarts.get(line);
  if (v === undefined) bylineStarts.set(line, (v = opensWithByline(line.text)));
  return v;
}

function opensWithByline(text: string): boolean {
  const words = firstWordKeys(text, 2);
  if (!words.length) return false;
  return bylineKeys.has(words[0]!) || bylineKeys.has(words.join(" ")) || correspondentOf(text, isFiledPlaceName) !== null;
}

export function isTagList(line: Line): boolean {
  const parts = line.text.split(/[,،]/);
  return parts.length >= 3 && line.words <= 12 && parts.every((p) => p.trim().split(/\s+/).length <= 3);
}

const anonymousCredits = new Set(rules.anonymousCredits.map((c) => keyOf(c)));

/**
 * "دكا ـ من مراسلنا", "Staff and agencies": a line crediting the outlet's own staff or the wires
 * names neither a writer nor an outlet, so it is neither byline nor source.
 */
export function isAnonymousCredit(line: Line): boolean {
  const tail = line.text.trim().split(/\s*[-–—\u0640:/|]\s*/u).pop() ?? "";
  return anonymousCredits.has(keyOf(tail));
}

export function isCreditLine(line: Line): boolean {
  return /^\(.{1,60}\)$/u.test(line.text.trim());
}

export function hasDate(doc: Doc, line: Line): boolean {
  return findDates(doc.tokens, doc.text, line.first, line.last).length > 0;
}

/** A paragraph of running text rather than a label, byline or headline. */
export function isBodyLine(line: Line): boolean {
  if (line.words >= 16) return true;
  return line.words >= 9 && /[.،؛:!?؟”"]$/u.test(line.text.trim());
}

function isMetaLine(doc: Doc, line: Line): boolean {
  return isBylineStart(line) || isCreditLine(line) || isSectionLabel(line) || isTagList(line) || (line.words <= 8 && hasDate(doc, line));
}

function headlineLike(line: Line): boolean {
  return line.words >= 3 && line.words <= 30 && !(line.words >= 12 && /[.]$/u.test(line.text.trim()));
}

/**
 * A line the date printed over it heads: headline-shaped, and not running text — though a long
 * headline («X» توقع مع «Y» … بـ 1.4 مليار درهم في الفجيرة) has the words of a paragraph, it
 * stops short of twenty and closes with no sentence's mark.
 */
function headsUnderDate(line: Line): boolean {
  if (!headlineLike(line)) return false;
  return !isBodyLine(line) || (line.words < 20 && !/[.،؛:!?؟]$/u.test(line.text.trim()));
}

export function readLayout(doc: Doc): Layout {
  const lines = doc.lines.filter((l) => l.text.trim() !== "");
  const leading: Line[] = [];
  let i = 0;
  let titleLine: Line | null = null;
  let masthead: string | null = null;
  // Skip furniture before the headline.
  while (i < lines.length && i < 6) {
    const line = lines[i]!;
    if (isTagList(line) || isSectionLabel(line)) {
      leading.push(line);
      i++;
      continue;
    }
    // "سبق | الدفاع", "THE WEST AUSTRALIAN" over "Defence": the outlet's masthead over its section.
    const sectioned = mastheadOverSection(line.text, isPlaceName);
    if (sectioned && headlineFollows(doc, lines, i + 1)) {
      leading.push(line);
      masthead = sectioned;
      i++;
      continue;
    }
    const second = lines[i + 1];
    const above: string | null = second && !masthead ? mastheadAboveSection(line.text, second.text, isPlaceName) : null;
    if (above && second && headlineFollows(doc, lines, i + 2)) {
      leading.push(line, second);
      masthead = above;
      i += 2;
      continue;
    }
    // "الاقتصادية | الأحد ١٣ صفر ١٤٤٩ هـ - ١٨ يوليو ٢٠٢٧ م" over the headline: the site's masthead.
    // "غاروا ٢٦ ربيع الأول ١٤٥٠ هـ الموافق ١٧ أغسطس ٢٠٢٨ م واس" over it: a wire's dateline.
    if (isDatedMasthead(doc, line) || datelineAgency(doc, line)) {
      const next = lines[i + 1];
      if (next && headsUnderDate(next) && !hasDate(doc, next)) {
        leading.push(line);
        i++;
        continue;
      }
    }
    // "MercoPress. South Atlantic News Agency" over the headline: the site's name and tagline.
    if (line.words <= 10 && !hasDate(doc, line) && taglineOutlet(line.text, isPlaceName)) {
      const next = lines[i + 1];
      if (next && headlineLike(next) && !isBodyLine(next) && !isMetaLine(doc, next)) {
        leading.push(line);
        i++;
        continue;
      }
    }
    // "June 18, 2027 11:42 AM UTC" over the headline: the page's date and time, not its title.
    if (line.words <= 8 && hasDate(doc, line) && !isBylineStart(line) && !isCreditLine(line)) {
      const next = lines[i + 1];
      if (next && headsUnderDate(next) && !hasDate(doc, next) && !isMetaLine(doc, next)) {
        leading.push(line);
        i++;
        continue;
      }
    }
    if (line.words <= 3 && !isBylineStart(line) && !isCreditLine(line)) {
      const next = lines[i + 1];
      if (next && headlineLike(next) && next.words > line.words + 1 && !isBodyLine(next)) {
        leading.push(line);
        i++;
        continue;
      }
    }
    break;
  }
  const candidate = lines[i];
  if (candidate && !isMetaLine(doc, candidate) && headlineLike(candidate) && !isBodyLine(candidate)) {
    titleLine = candidate;
    i++;
  } else if (candidate && !isMetaLine(doc, candidate) && candidate.words <= 40 && !/[.]$/u.test(candidate.text.trim()) && candidate.words < 20) {
    titleLine = candidate;
    i++;
  }
  const header: Line[] = [];
  let body: Line | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBodyLine(line) && !isBylineStart(line) && !(line.words <= 12 && hasDate(doc, line))) {
      body = line;
      break;
    }
    header.push(line);
    if (header.length > 12) break;
  }
  let dateline: Layout["dateline"] = null;
  if (body) {
    // "CITY (AGENCY) -", "KUWAIT, Dec 20 (KUNA) --", "الوكيل الاخباري- ", "AMMAN —"
    // A dash after the agency's brackets may stand further in, past a date in both calendars
    // ("كولومبو ٢٣ رمضان ١٤٤٧ هـ الموافق ١٢ مارس ٢٠٢٦ (د ب أ) -").
    const reach = datelineReach(doc, body);
    for (let k = body.first; k < Math.min(body.last, Math.max(reach, body.first + 22)); k++) {
      if ((isDatelineDash(doc, k) || isDatedBracketColon(doc, body.first, k)) && k > body.first && (k < reach || doc.tokens[k - 1]?.text === ")")) {
        dateline = { first: body.first, last: extendedDateline(doc, k, body.last) };
        break;
      }
    }
    // "الرياض 8 فبراير 2027 م واس استقبل …": no dash, the agency after the date closes it.
    const agencyEnd = dateline ? -1 : datedAgencyOpeningEnd(doc, body);
    if (agencyEnd > 0) dateline = { first: body.first, last: agencyEnd };
  }
  const trailer: Line[] = [];
  if (body) {
    for (let k = lines.length - 1; k > lines.indexOf(body) && trailer.length < 3; k--) {
      const line = lines[k]!;
      if (isBodyLine(line)) break;
      trailer.unshift(line);
    }
  }
  return { titleLine, header, body, dateline, trailer, leading, masthead };
}

/**
 * Whether the headline comes at line `j`, or under a line of the date there ("2024/05/14"): a
 * line of four words or more shaped as a headline, no date nor byline.
 */
function headlineFollows(doc: Doc, lines: Line[], j: number): boolean {
  let line = lines[j];
  if (line && line.words <= 8 && hasDate(doc, line) && !isBylineStart(line)) line = lines[j + 1];
  return !!line && line.words >= 4 && headsUnderDate(line) && !hasDate(doc, line) && !isMetaLine(doc, line);
}

/**
 * "أبوظبي في 13 يناير 2027 / وام / وقّع …": the words before an agency set between two slashes
 * opening the body, where its date is printed. Only the publication date is read from them; the
 * events keep reading the line as the body's first sentence.
 */
export function slashedDateline(doc: Doc, layout: Layout): { first: number; last: number } | null {
  const body = layout.body;
  if (!body || layout.dateline) return null;
  for (let k = body.first + 1; k < Math.min(body.last, body.first + 14); k++) {
    const slashed = agencyBetweenSlashes(doc, k);
    if (slashed) return { first: body.first, last: slashed.end };
  }
  return null;
}

/**
 * The wire's dateline wherever the report's first paragraphs put it, not only in the first body
 * line: a place (or a word in capitals) opening a line, then within a few words a dash, an em dash
 * or "(AGENCY) -" ("RIYADH —", "ISTANBUL (AA) -", "الرياض - واس"). Lines above it are headings.
 */
export function findDateline(doc: Doc, layout: Layout, isPlaceToken: (k: number) => boolean): { line: Line; first: number; last: number } | null {
  if (layout.dateline && layout.body) return { line: layout.body, ...layout.dateline };
  const start = layout.titleLine ? layout.titleLine.end : 0;
  const lines = doc.lines.filter((l) => l.start >= start && l.words > 0).slice(0, 10);
  for (const line of lines) {
    const t0 = doc.tokens[line.first];
    if (!t0 || !(isPlaceToken(line.first) || (!t0.arabic && /^[A-Z]{3,}$/.test(t0.text)))) continue;
    // "القاهرة (أ ش أ)" on a line of its own, the report under it.
    if (line.words <= 6 && /^[^()]+\([^()]{1,20}\)$/u.test(line.text.trim())) return { line, first: line.first, last: line.last };
    // "روما - ماب", "كانبرا: ريم الحداد", "نواكشوط في ٣ جمادى الأولى": the place, then the credit or
    // the day, on a short line of its own above the report.
    if (line.words <= 8 && placeLineCredit(doc, line, isPlaceToken)) return { line, first: line.first, last: line.last };
    for (let k = line.first + 1; k < Math.min(line.last, line.first + 8); k++) {
      if (isDatelineDash(doc, k)) return line.words - (k - line.first) >= 6 ? { line, first: line.first, last: k } : null;
    }
  }
  return null;
}

/**
 * Whether a short line is a place and its credit or day: the place's words, then a dash, a colon or
 * a bar with a word after it ("روما - ماب", "كانبرا: ريم الحداد"), or "في" before a number
 * ("نواكشوط في ٣ جمادى الأولى").
 */
function placeLineCredit(doc: Doc, line: Line, isPlaceToken: (k: number) => boolean): boolean {
  let k = line.first;
  while (k < line.last && k - line.first < 3 && isPlaceToken(k)) k++;
  if (k === line.first || k >= line.last - 1) return false;
  const t = doc.tokens[k]!;
  if (isDatelineDash(doc, k) || t.text === ":" || t.text === "|") return doc.tokens[k + 1]!.kind !== "punct";
  return t.key === "في" && doc.tokens[k + 1]!.kind === "num";
}

/**
 * A dash closing a dateline: an en or em dash, a hyphen set apart or doubled, and a run of
 * tatweel standing alone, which Arabic papers print as a dash ("أديس أبابا (إينا) ١٩/١١/٢٠٢٦ ــ").
 */
function isDatelineDash(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (t.text === "—" || t.text === "–" || TATWEEL_RUN.test(t.text)) return true;
  return t.text === "-" && (doc.tokens[k + 1]?.text === "-" || !!doc.tokens[k + 1]?.spaceBefore);
}

const TATWEEL_RUN = /^\u0640+$/u;

/**
 * "Kathmandu, 9 August 2027 (RSS): A bus …": a colon right after the agency's brackets closes a
 * dateline as a dash does, when a date stands before the brackets — a colon after brackets
 * further into a sentence ("said (in a statement): …") follows no such date.
 */
function isDatedBracketColon(doc: Doc, lineFirst: number, k: number): boolean {
  if (doc.tokens[k]?.text !== ":" || doc.tokens[k - 1]?.text !== ")") return false;
  let open = k - 2;
  while (open > lineFirst && k - open <= 6 && doc.tokens[open]!.text !== "(") open--;
  if (doc.tokens[open]?.text !== "(" || open === lineFirst) return false;
  return findDates(doc.tokens, doc.text, lineFirst, open).some((d) => d.iso && d.lastToken === open - 1);
}

/**
 * How far into the first body line its dateline's dash is looked for: fourteen words, and past a
 * date that opens the line, which may print both calendars ("كولومبو ٢٣ رمضان ١٤٤٧ هـ الموافق ١٢
 * مارس ٢٠٢٦ (د ب أ) -") and the agency after it.
 */
function datelineReach(doc: Doc, body: Line): number {
  // Dates that follow one another closely from the line's start ("… هـ الموافق …").
  let end = body.first + 1;
  for (const d of findDates(doc.tokens, doc.text, body.first, Math.min(body.last, body.first + 14))) if (d.firstToken - end <= 3) end = Math.max(end, d.lastToken);
  return Math.max(body.first + 14, end + 8);
}

/**
 * "الكويت - ٢٧ شعبان ١٤٤٦ (كونا) -- استقبل …": a date and the agency in parentheses after the
 * city's dash belong to the dateline, which ends at the next dash. Returns the dash closing it.
 */
function extendedDateline(doc: Doc, dash: number, lineLast: number): number {
  let paren = false;
  for (let k = dash + 1; k < Math.min(lineLast, dash + 12); k++) {
    const t = doc.tokens[k]!;
    // "الكويت - 12 - 7 - 2027 /كونا/ --": the agency between slashes closes it as brackets do.
    const slashed = agencyBetweenSlashes(doc, k)?.end;
    if (slashed) return DASHES.has(doc.tokens[slashed]?.text ?? "") ? slashed : slashed - 1;
    if (t.text === "(") paren = true;
    if (paren && DASHES.has(t.text) && doc.tokens[k - 1]?.text !== "-") return doc.tokens[k - 1]?.text === ")" || doc.tokens[k - 2]?.text === ")" ? k : dash;
  }
  // No dash after the brackets: "CITY - DATE (AGENCY) …" still closes the dateline at them.
  const afterDate = agencyAfterDateEnd(doc, dash + 1, lineLast);
  return afterDate > 0 ? afterDate : dash;
}

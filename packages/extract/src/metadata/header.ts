import { findDates } from "../dates/find";
import type { Doc, Line } from "../document";
import { agencyAfterDateEnd } from "./date-then-agency";
import { datedAgencyOpeningEnd } from "./dated-agency-opening";
import { agencyBetweenSlashes } from "./slashed-agency";
import { readHeaderBlock } from "./header-block";
import { hasDate, isBodyLine, isBylineStart } from "./header-lines";
import { DASHES } from "../text/punctuation";

/**
 * The layout of a news page as it comes to us: an optional run of page furniture (tag lists,
 * section labels, aggregator mastheads), the headline, a header block (bylines, dates, outlet
 * names, credit lines), the body paragraphs, and a few trailing lines. Metadata is read only from
 * the header block, the dateline that opens the body, and the trailing lines: a date or an agency
 * named inside the body is a fact of the story, not of its publication.
 */

export { hasDate, isAnonymousCredit, isBodyLine, isBylineStart, isCreditLine, isSectionLabel, isTagList, keyOf, lineKey } from "./header-lines";

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

export function readLayout(doc: Doc): Layout {
  const lines = doc.lines.filter((l) => l.text.trim() !== "");
  // The page's top down to the headline, read as one block (src/metadata/header-block.ts).
  const block = readHeaderBlock(doc, lines);
  const { leading, masthead } = block;
  const titleLine = block.title >= 0 ? lines[block.title]! : null;
  let i = block.title >= 0 ? block.title + 1 : 0;
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

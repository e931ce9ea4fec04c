import type { Doc, Line } from "../document";
import { isPlaceName } from "../places/gazetteer";
import { datelineAgency, isDatedMasthead, isDateLine } from "./dated-masthead";
import { hasDate, headlineLike, headsUnderDate, isBodyLine, isBylineStart, isCreditLine, isMetaLine, isSectionLabel, isTagList } from "./header-lines";
import { knownOutlet, listedByBareName } from "./outlets";
import { outletInFull, taglineOutlet } from "./outlet-tagline";
import { isLabel, mastheadOverSection } from "./sectioned-masthead";
import { agencyMastheadName } from "./agency-masthead";
import { releaseLabelAt } from "./release-header";

/**
 * The lines a page prints above its headline, read as one block: mastheads, sections, taglines,
 * dates and update lines come in any number and any order ("القبس" / "محليات | عسكرية" / "آخر
 * تحديث: …", "MercoPress" / "South Atlantic News Agency" / "Tuesday, …", "Post-Courier" /
 * "Business" / "Wednesday, … | Updated: …"). Each line is read for what it is alone; the headline
 * is the first line after them that reads as a headline, no label; the outlet is what the first
 * masthead names.
 */

/** What a line above the headline is. */
export type LeadingKind =
  /** A tag list or a listed section label ("عربي ودولي"). */
  | "furniture"
  /** A line of the date, alone or with an update's word, a masthead's name or a wire's town and code. */
  | "date"
  /** An outlet's name and its section or tagline on one line ("سبق | الدفاع", "NAME. … News Agency"). */
  | "masthead"
  /** A short label of capitalized or Arabic words, no verb nor mark: a masthead, a section, a tagline. */
  | "label"
  /** Any other line of one to three words. */
  | "short";

// How many lines a page may print above its headline.
const MAX_LEADING = 6;
// A label is up to four words ("Pacific Islands News Association"); a headline has more.
const MAX_LABEL_WORDS = 4;

export interface HeaderBlock {
  /** Index in `lines` of the headline, or -1 when the lines above the body hold none. */
  title: number;
  /** The lines above the headline (all of them up to `title`). */
  leading: Line[];
  /** The outlet the masthead names, or null. */
  masthead: string | null;
}

/** What a line above the headline is, or null when it is none of the leading kinds. */
export function leadingKind(doc: Doc, line: Line): LeadingKind | null {
  if (isBylineStart(line) || isCreditLine(line)) return null;
  if (isTagList(line) || isSectionLabel(line)) return "furniture";
  if (hasDate(doc, line) && (line.words <= 8 || isDateLine(doc, line) || isDatedMasthead(doc, line) || datelineAgency(doc, line))) return "date";
  if (mastheadOverSection(line.text, isPlaceName) || agencyMastheadName(line.text)) return "masthead";
  if (line.words <= 10 && !hasDate(doc, line) && taglineOutlet(line.text, isPlaceName)) return "masthead";
  if (isLabel(line.text, MAX_LABEL_WORDS, isPlaceName)) return "label";
  return line.words <= 3 ? "short" : null;
}

/**
 * Reads the lines from the page's top to the headline. The leading lines are skipped as long as
 * they are of a leading kind; the line after them is the headline when it reads as one (a line
 * under a date may be as long as a paragraph, closed by no sentence's mark). When it does not —
 * a byline or the body follows the labels — the longest short line is the headline after all.
 */
export function readHeaderBlock(doc: Doc, lines: Line[]): HeaderBlock {
  // "Senator the Hon X" / "Minister for Y" / "MEDIA RELEASE": a minister's statement opens with its
  // issuer and its label, page furniture over the date and the headline (release-header.ts).
  const release = releaseLabelAt(lines);
  const kinds: LeadingKind[] = release >= 0 ? lines.slice(0, release + 1).map(() => "furniture") : [];
  for (let i = kinds.length; i < lines.length && i < MAX_LEADING + kinds.length; i++) {
    const kind = leadingKind(doc, lines[i]!);
    if (!kind) break;
    kinds.push(kind);
  }
  let title = kinds.length;
  if (!readsAsHeadline(doc, lines[title], kinds) || !longerThanLabels(lines, title, kinds)) {
    title = -1;
    // Of the short lines, the headline is the one with the most words (the first of equals): a
    // label over it ("ERR News") or a dateline under it ("PLACE – «OUTLET»:") has fewer.
    for (let j = 0; j < kinds.length; j++) {
      if (kinds[j] !== "label" && kinds[j] !== "short") continue;
      if ((title < 0 || lines[j]!.words > lines[title]!.words) && readsAsHeadline(doc, lines[j], kinds.slice(0, j), true)) title = j;
    }
    // "الوكالة القطرية للأنباء - قنا" over the date and the report: an agency's masthead, no headline.
    if (title < 0) title = kinds[0] !== "masthead" && readsAsHeadline(doc, lines[0], [], true) ? 0 : -1;
  }
  const leading = lines.slice(0, Math.max(0, title));
  // With no headline the leading lines still name the outlet, though they are read as the header.
  const masthead = title > 0 ? mastheadOf(leading, kinds) : title < 0 ? mastheadOf(lines.slice(0, kinds.length), kinds) : null;
  return { title, leading, masthead };
}

/**
 * A headline under labels runs longer than each of them by two words or more: a short headline
 * over its dateline ("PLACE – «OUTLET»:") is no label over a headline.
 */
function longerThanLabels(lines: Line[], title: number, kinds: LeadingKind[]): boolean {
  const words = lines[title]?.words ?? 0;
  return kinds.every((k, j) => (k !== "label" && k !== "short") || words > lines[j]!.words + 1);
}

/**
 * Whether `line` reads as the headline under leading lines of `above` kinds: shaped as a headline
 * and no byline, credit or date; under a date or a masthead, as long as a headline may run there. A line that
 * is itself a label is the headline only as a last resort (`loose`), as the old page's one line.
 */
function readsAsHeadline(doc: Doc, line: Line | undefined, above: LeadingKind[], loose = false): boolean {
  // "واس" alone over the date and the report: an outlet's masthead or code, no headline.
  if (!line || isMetaLine(doc, line) || isPlaceCreditLine(line) || knownOutlet(line.text.trim()) || agencyMastheadName(line.text)) return false;
  if (headlineLike(line) && !isBodyLine(line)) return loose || line.words > MAX_LABEL_WORDS - 1;
  if (above.some((k) => k === "date" || k === "masthead")) return headsUnderDate(line) && !hasDate(doc, line);
  return loose && line.words <= 40 && !/[.]$/u.test(line.text.trim()) && line.words < 20;
}

/**
 * The outlet the leading lines name: the name before the bar of a masthead over its section, the
 * name before a tagline, or the first label when another label (its section or tagline) or a line
 * of the date follows it, or when it is a listed outlet. A listed section label names none.
 */
function mastheadOf(leading: Line[], kinds: LeadingKind[]): string | null {
  for (let i = 0; i < leading.length; i++) {
    const text = leading[i]!.text.trim();
    if (kinds[i] === "masthead") {
      const name = agencyMastheadName(text) ?? mastheadOverSection(text, isPlaceName) ?? taglineOutlet(text, isPlaceName);
      return name && outletInFull(text, name);
    }
    // "الشرق الأوسط" over "ثقافة وفنون": a paper's name that is also a section's is its masthead
    // at the page's top, over another line of the block.
    if (i === 0 && kinds[i] === "furniture" && kinds[1] && listedByBareName(text)) return text;
    if (kinds[i] !== "label") continue;
    const next = kinds[i + 1];
    if (next === "label" || next === "masthead" || next === "date" || knownOutlet(text)) return text;
  }
  return null;
}

// A place of one to three words, a spaced dash and what follows on a short line.
const PLACE_DASH = /^(\S+(?:\s\S+){0,2})\s+[-–—]\s+\S/u;

/**
 * "بغداد - وكالات", "الرياض - واس": a wire's dateline on a short line of its own, the place and its
 * credit after a dash, is no headline though it follows a short line.
 */
function isPlaceCreditLine(line: Line): boolean {
  const m = line.words <= 5 ? PLACE_DASH.exec(line.text.trim()) : null;
  return !!m && isPlaceName(m[1]!);
}

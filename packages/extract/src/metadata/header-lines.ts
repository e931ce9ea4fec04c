import rules from "../rules/metadata.json";
import { findDates } from "../dates/find";
import type { Doc, Line } from "../document";
import { isFiledPlaceName } from "../places/gazetteer";
import { wordKey } from "../text/tokens";
import { isOurStaffCredit } from "./our-staff";
import { correspondentOf } from "./personal-name";

/**
 * What one line of a page's head reads as, asked by the layout (src/metadata/header.ts), the
 * header block's reader (src/metadata/header-block.ts), the author, the source and the credits:
 * a section label, a byline, a tag list, a credit, a line printing a date, running text, a line
 * shaped as a headline.
 */

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
  return line.words <= 4 && (sectionKeys.has(lineKey(line)) || isJoinedSections(line.text));
}

const sectionWordKeys = new Set(rules.sectionWords.map(keyOf));
const AND = new Set(["and", "&"]);

/**
 * "ثقافة وفنون", "Business & Infrastructure", "Arts and Culture": two or more section words joined
 * by "and", "&" or a و prefixed to the next one name a section as a listed label does.
 */
function isJoinedSections(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  let sections = 0;
  for (let i = 0; i < words.length; i++) {
    const w = wordKey(words[i]!);
    if (i > 0 && i < words.length - 1 && AND.has(w)) continue;
    if (sectionWordKeys.has(w) || (i > 0 && w.startsWith("و") && sectionWordKeys.has(w.slice(1)))) sections++;
    else return false;
  }
  return sections >= 2;
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
  // The word count first: it is asked of every line, and splitting a body paragraph is wasted.
  if (line.words > 12) return false;
  const parts = line.text.split(/[,،]/);
  return parts.length >= 3 && parts.every((p) => p.trim().split(/\s+/).length <= 3);
}

const anonymousCredits = new Set(rules.anonymousCredits.map((c) => keyOf(c)));

/**
 * "دكا ـ من مراسلنا", "Staff and agencies": a line crediting the outlet's own staff or the wires
 * names neither a writer nor an outlet, so it is neither byline nor source.
 */
export function isAnonymousCredit(line: Line): boolean {
  const tail = line.text.trim().split(/\s*[-–—\u0640:/|]\s*/u).pop() ?? "";
  return anonymousCredits.has(keyOf(tail)) || isOurStaffCredit(tail);
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

export function isMetaLine(doc: Doc, line: Line): boolean {
  return isBylineStart(line) || isCreditLine(line) || isSectionLabel(line) || isTagList(line) || (line.words <= 8 && hasDate(doc, line));
}

export function headlineLike(line: Line): boolean {
  return line.words >= 3 && line.words <= 30 && !(line.words >= 12 && /[.]$/u.test(line.text.trim()));
}

/**
 * A line the date printed over it heads: headline-shaped, and not running text — though a long
 * headline («X» توقع مع «Y» … بـ 1.4 مليار درهم في الفجيرة) has the words of a paragraph, it
 * stops short of twenty and closes with no sentence's mark.
 */
export function headsUnderDate(line: Line): boolean {
  if (!headlineLike(line)) return false;
  return !isBodyLine(line) || (line.words < 20 && !/[.،؛:!?؟]$/u.test(line.text.trim()));
}


import { ENGLISH_NAME_GLUE } from "../text/english-marks";
import { isLatinPersonalName } from "./byline-names";
import { isPersonalName } from "./personal-name";

/**
 * An outlet's masthead over the section the story runs in, printed above the headline: the name
 * and the section on one line ("سبق | الدفاع", "الشروق اليومي - الوطني", "Harbour Post | Defence"),
 * or a short masthead line with the section alone on the next ("THE WEST AUSTRALIAN" over
 * "Defence": two labels, `isLabel`). Neither line is the headline, and the section is no outlet:
 * the outlet is what the first line names. Where a headline follows, past how many such lines, is
 * the header block's question (src/metadata/header-block.ts).
 */

// A bar or a bullet anywhere, or a dash set apart by spaces, parts the outlet from its section
// ("الجريدة • محليات"); a hyphen inside a word is part of the name ("Post-Courier | Business").
const NAME_AND_SECTION = /^(.+?)(?:\s*[|｜•·]\s*|\s[-–—]\s)(.+)$/u;
const ANY_SEPARATOR = /[|｜•·]|\s[-–—]\s/u;
// A masthead or a section is a label: no digit, no sentence's or clause's mark, no quotes.
const NOT_A_LABEL = /[\d٠-٩.,،:;؛!?؟()«»"“”]/u;
// Latin labels are capitalized word by word ("THE WEST AUSTRALIAN", "Harbour Post"), small words aside.

/**
 * A masthead's, a section's or a tagline's words: up to `maxWords`, no digit, mark, place or
 * personal name; Arabic letters only, or Latin words each capitalized (a hyphen may join two:
 * "Post-Courier").
 */
export function isLabel(text: string, maxWords: number, isPlace: (s: string) => boolean): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > maxWords || NOT_A_LABEL.test(t) || isPlace(t)) return false;
  // Arabic letters and their marks: a vowel sign is of no script of its own ("وكالة الأنباء العُمانية").
  if (/\p{Script=Arabic}/u.test(t)) return /^[\p{Script=Arabic}\p{M}\s]+$/u.test(t) && !isPersonalName(t);
  if (!/^[\p{L}\s&'’]+(?:-[\p{L}\s&'’]+)*$/u.test(t) || isLatinPersonalName(t, isPlace)) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && ENGLISH_NAME_GLUE.has(w)));
}

/** "سبق | الدفاع": the outlet's name of a line that is a masthead and its section, or null. */
export function mastheadOverSection(text: string, isPlace: (s: string) => boolean): string | null {
  const m = NAME_AND_SECTION.exec(text.trim());
  if (!m) return null;
  const name = m[1]!.trim(), section = m[2]!.trim();
  if (ANY_SEPARATOR.test(section)) return null;
  return isLabel(name, 3, isPlace) && isLabel(section, 3, isPlace) ? name : null;
}

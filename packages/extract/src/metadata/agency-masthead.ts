import { knownOutlet } from "./outlets";

/**
 * A news agency's name printed alone at the page's top, maybe with its code in brackets or beside a
 * dash or a bar: "وكالة الأنباء الوطنية", "الوكالة الوطنية للأنباء (ونا)", "ونا - الوكالة الوطنية
 * للأنباء", "National News Agency | NNA". It is the agency's masthead, never a headline, and the
 * agency's name is the source whether or not a list holds it: the words of a news agency's name
 * tell it.
 */

const AR_AGENCY = /^(?:ال)?وكالة\s+(?:(?:ال)?[أا]نباء(?:\s+\S+){1,2}|\S+(?:\s+\S+)?\s+للأنباء)$/u;
const EN_AGENCY = /^(?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}News\s+Agency$/u;
// The name and its code: parted by a spaced dash or a bar, or the code in brackets after the name.
const PARTS = /\s*[|｜•·]\s*|\s[-–—]\s|\s*\(\s*|\s*\)\s*/u;

/** The agency's name of a line that is only an agency's name and maybe its code, or null. */
export function agencyMastheadName(text: string): string | null {
  const parts = mastheadParts(text);
  if (!parts.length || parts.length > 2) return null;
  const name = parts.find((p) => AR_AGENCY.test(p) || EN_AGENCY.test(p));
  if (!name) return null;
  const code = parts.find((p) => p !== name);
  return !code || code.split(/\s+/).length <= 3 ? name : null;
}

/** The parts of a masthead line: names, codes, sections, taglines. */
export function mastheadParts(text: string): string[] {
  return text
    .trim()
    .split(PARTS)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * "الوكالة القطرية للأنباء - قنا" over the report signed "/قنا/": whether a masthead line prints
 * `name` and, beside it, `other` or a listed name of the same outlet — so the two are one outlet,
 * and `name`, in a form no list may hold, is its name in full.
 */
export function printedBeside(text: string, name: string, other: string): boolean {
  const parts = mastheadParts(text);
  if (!parts.includes(name)) return false;
  const row = knownOutlet(other);
  return parts.some((p) => p !== name && (p === other || (!!row && knownOutlet(p) === row)));
}

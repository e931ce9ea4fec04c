import { GREGORIAN_MONTH_NAMES } from "../dates/calendar";
import { knownOutlet } from "./outlets";

/**
 * "YEREVAN, SEPTEMBER 8, ARMENPRESS. The ministry …": a body that opens with the place filed from,
 * the day and the agency, closed by a full stop or a dash. The name after the date is the agency
 * when it is a listed outlet or a word in capitals (an agency printing its own name as its
 * signature); a place, a date and a capitalized word in mixed case are no such evidence.
 */


const OPENING =
  /^([\p{L} '.-]{2,30})[,،]\s*(?:(\p{L}{3,9})\.?\s+\d{1,2}|\d{1,2}\s+(\p{L}{3,9}))(?:[,،]?\s*\d{4})?\s*[,،]\s*(\p{L}[\p{L}\- ]{1,40}?)\s*(?:\.|\s[-–—])\s/u;

/** The agency of such an opening, or null. */
export function agencyAfterDate(body: string, isPlaceName: (s: string) => boolean): string | null {
  const m = OPENING.exec(body.trim());
  if (!m) return null;
  const month = (m[2] ?? m[3])!.toLowerCase();
  if (!GREGORIAN_MONTH_NAMES.has(month) || !isPlaceName(m[1]!.trim())) return null;
  const name = m[4]!.trim();
  if (knownOutlet(name)) return name;
  return /^[A-Z]{3,}(?:[ -][A-Z]{2,})*$/u.test(name) && !isPlaceName(name) ? name : null;
}

import rules from "../rules/metadata.json";
import { wordKey } from "../text/tokens";
import { knownOutlet } from "./outlets";
import { isPersonalName } from "./personal-name";
import { townWithItsState } from "./source-value";

/**
 * A byline printed with no "By" or "كتب": a writer's name alone on a header line, or with the place
 * filed from or the day after a bar or a dash ("سامر الحلبي | عمّان", "Jane Roe | Nairobi", "Karim
 * Okafor - 12 May 2027"). Such a line names the writer; it is never the outlet.
 */

const notNameWords = new Set([...rules.outletWords, ...rules.mastheadNouns, ...rules.bodyNouns].map((w) => wordKey(w)));
// Particles inside Latin names, in lower case ("Ana de Souza", "Omar bin Salem").
const PARTICLES = new Set(["de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "bin", "binti", "ibn", "al", "el", "ben", "y"]);
const CAPITALIZED = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*|\p{Lu}\.)$/u;
// Separators between the name and what follows it: a bar anywhere, a dash set apart by spaces.
const PARTS = /\s*[|｜]\s*|\s+[-–—]\s+|\s*[–—]\s*/u;

/** Two to four capitalized words (initials and particles allowed), none an outlet's or a body's word. */
export function isLatinPersonalName(text: string, isPlace: (s: string) => boolean): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || !CAPITALIZED.test(words[0]!) || !CAPITALIZED.test(words[words.length - 1]!)) return false;
  if (!words.every((w) => CAPITALIZED.test(w) || PARTICLES.has(w))) return false;
  if (words[0] === "The" || words.some((w) => notNameWords.has(wordKey(w)))) return false;
  return !knownOutlet(text) && !isPlace(text) && !words.some((w) => isPlace(w) && w.length > 3);
}

/**
 * The writer's name of a line that is only a name, or a name and then places or a date after a bar
 * or a spaced dash; null for any other line.
 */
export function bylineName(text: string, isPlace: (s: string) => boolean): string | null {
  const parts = text.trim().split(PARTS).map((p) => p.trim()).filter(Boolean);
  if (!parts.length || parts.length > 3) return null;
  const name = parts[0]!;
  if (!(isPersonalName(name) || isLatinPersonalName(name, isPlace))) return null;
  const rest = parts.slice(1);
  return rest.every((p) => isPlace(p) || townWithItsState(p, isPlace) || /[\d٠-٩]/u.test(p)) ? name : null;
}

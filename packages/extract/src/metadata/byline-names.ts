import rules from "../rules/metadata.json";
import { wordKey } from "../text/tokens";
import { isAgencyCode, knownOutlet } from "./outlets";
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
  const filed = nameBeforeBracketedPlace(text, isPlace);
  if (filed) return filed;
  const parts = text.trim().split(PARTS).map((p) => p.trim()).filter(Boolean);
  if (!parts.length || parts.length > 3) return null;
  const name = parts[0]!;
  if (!(isPersonalName(name) || isLatinPersonalName(name, isPlace))) return null;
  const rest = parts.slice(1);
  return rest.every((p) => isPlace(p) || townWithItsState(p, isPlace) || /[\d٠-٩]/u.test(p)) ? name : null;
}

// "خالد الطائفي (بيرات)": the name, then one to three words of letters in brackets.
const NAME_THEN_BRACKETS = /^([^()]+?)\s*\(([\p{L}\s-]{2,40})\)$/u;

/**
 * "خالد الطائفي (بيرات)", "Jane Roe (Nairobi)": a correspondent's name with the place he filed from
 * in brackets, as papers print the byline under the headline. The brackets hold a place, a town
 * the gazetteer may not list; an outlet or an agency's code there would make the line a credit
 * ("Jane Roe (Reuters)"), so those are left to the source.
 */
function nameBeforeBracketedPlace(text: string, isPlace: (s: string) => boolean): string | null {
  const m = NAME_THEN_BRACKETS.exec(text.trim());
  if (!m) return null;
  const name = m[1]!.trim(), place = m[2]!.trim();
  if (place.split(/\s+/).length > 3 || knownOutlet(place) || isAgencyCode(place)) return null;
  return isPersonalName(name) || isLatinPersonalName(name, isPlace) ? name : null;
}

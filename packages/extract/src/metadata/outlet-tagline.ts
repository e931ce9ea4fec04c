import { ENGLISH_NAME_GLUE } from "../text/english-marks";
import { knownOutlet } from "./outlets";
import { mastheadParts } from "./agency-masthead";

/**
 * "MercoPress. South Atlantic News Agency", "الأفق - جريدة يومية مستقلة": a site's name and its
 * tagline, printed over the headline as its masthead. The line is no headline, and the name before
 * the stop, dash or bar is the outlet.
 */

// What a tagline calls the outlet: it closes an English tagline ("… News Agency") and opens an
// Arabic one ("جريدة يومية …").
const EN_KINDS = new Set(["agency", "news", "newspaper", "daily", "weekly", "magazine", "network", "journal", "portal", "broadcaster", "gazette", "wire", "service"]);
const AR_KINDS = /^(?:ال)?(?:وكالة|صحيفة|جريدة|بوابة|موقع|مجلة|شبكة|قناة|إذاعة)$/u;
const SPLIT = /^(\S+(?:\s+\S+){0,2}?)\s*(?:\.\s|\s[|｜\-–—]\s|\s*[|｜]\s*)\s*(.+)$/u;

/** The outlet's name of a masthead line printed as its name and tagline, or null. */
export function taglineOutlet(text: string, isPlace: (s: string) => boolean): string | null {
  const m = SPLIT.exec(text.trim());
  if (!m) return null;
  const name = m[1]!.trim(), tagline = m[2]!.trim().replace(/[.]$/u, "");
  const words = tagline.split(/\s+/);
  if (words.length > 7 || /\d/u.test(tagline)) return null;
  if (knownOutlet(name)) return outletInFull(text, name);
  // "طرابلس - وكالة الأنباء الليبية": a place before the dash is a dateline's, not a masthead's.
  if (isPlace(name)) return null;
  if (/\p{Script=Arabic}/u.test(name)) return AR_KINDS.test(words[0]!) && words.length >= 2 ? name : null;
  if (!/^\p{Lu}/u.test(name)) return null;
  const titled = words.every((w) => /^\p{Lu}/u.test(w) || ENGLISH_NAME_GLUE.has(w));
  return titled && EN_KINDS.has(words[words.length - 1]!.toLowerCase()) ? name : null;
}

/**
 * "بترا - وكالة الأنباء الأردنية", "Petra | Jordan News Agency": a masthead printing a listed
 * agency's code and its full name names it in full, as the source is given; `name` is the part
 * read as the outlet. Any other line keeps `name`.
 */
export function outletInFull(text: string, name: string): string {
  const row = knownOutlet(name);
  if (!row) return name;
  return mastheadParts(text).filter((p) => knownOutlet(p) === row).reduce((a, b) => (b.length > a.length ? b : a), name);
}

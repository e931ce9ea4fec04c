/**
 * Arabic text normalisation.
 *
 * Two forms of every text exist in Marsad: the display text (what the article printed; all offsets
 * point into it) and a matching key (what we compare). These functions build matching keys only;
 * they never change the display text.
 */

// Harakat, Quranic marks, superscript alef and tatweel carry no identity for matching.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
// Zero-width and bidi control characters that copy-paste from web pages leaves behind.
const BIDI_CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const IS_DIACRITIC = /^[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]$/;
const IS_BIDI_CONTROL = /^[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]$/;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Converts Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(ARABIC_INDIC_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * Character-level folding that keeps the string length unchanged, so an index into the folded
 * string is an index into the original. Removed characters (diacritics, tatweel, controls) become
 * U+0000 placeholders that callers skip.
 */
export function foldArabicSameLength(text: string): string {
  let out = "";
  for (const ch of text) {
    out += foldChar(ch);
  }
  return out;
}

function foldChar(ch: string): string {
  switch (ch) {
    case "أ":
    case "إ":
    case "آ":
    case "ٱ":
      return "ا";
    case "ى":
      return "ي";
    case "ة":
      return "ه";
    case "ؤ":
      return "و";
    case "ئ":
      return "ي";
    default:
      break;
  }
  if (IS_DIACRITIC.test(ch) || IS_BIDI_CONTROL.test(ch)) return "\u0000";
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

/**
 * The matching key of a word or phrase: diacritics and tatweel dropped, hamza forms, alef maqsura
 * and ta marbuta folded, digits made ASCII, punctuation turned into spaces, Latin lower-cased, and
 * "عبد X" / "أبو X" compounds joined so "عبد المجيد" and "عبدالمجيد" meet.
 */
export function matchKey(text: string): string {
  let k = keyCache.get(text);
  if (k === undefined) {
    k = computeMatchKey(text);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(text, k);
  }
  return k;
}

// The same names, roles and outlets are keyed again and again while one article is read (and
// across articles), and the key is a dozen passes over the string; the cache is bounded so a long
// run does not grow it without end.
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 20_000;

function computeMatchKey(text: string): string {
  return text
    .normalize("NFKC")
    .replace(DIACRITICS, "")
    .replace(BIDI_CONTROLS, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(ARABIC_INDIC_DIGITS, (d) => toAsciiDigits(d))
    .replace(/[/\\.,،؛;:!?؟"'“”«»()[\]{}\-–—_|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\u00C0-\u024F]/g, (ch) => ch.normalize("NFD").replace(/[\u0300-\u036f]/g, ""))
    .toLowerCase()
    .replace(/(^|\s)(عبد|ابو)\s+/g, "$1$2");
}

/** Share of letters in the text that are Arabic script; used for language and direction. */
export function arabicLetterRatio(text: string): number {
  let arabic = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    }
  }
  return letters === 0 ? 0 : arabic / letters;
}

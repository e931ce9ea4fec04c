import type { Token } from "../text/tokens";
import { isGivenName } from "../persons/vocabulary";

/**
 * "خطة استكمال المشروع", "آلية تنفيذ الاتفاق": a feminine noun in construct with a verbal noun of
 * the tenth form (استكمال، استخدام) or of the second (تنفيذ، تطوير) is a plan or a means of doing
 * something, not a name: no family name takes those shapes, and a woman's name opens with her
 * given name, which the list holds. The radicals are plain consonants, so a foreign name in است
 * with a long vowel (استيفان) is left alone.
 */
const VERBAL_NOUN = /^(است[^اوي]{2}ا[^اوي]|ت[^اوي]{2}ي[^اوي])$/u;

const bare = (t: Token) => t.text.replace(/[\u064B-\u065F\u0670\u0640]/g, "");

export function planPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[first];
  const noun = tokens[first + 1];
  if (!head || !noun || first + 1 > last || head.kind !== "word" || noun.kind !== "word" || !head.arabic || !noun.arabic) return false;
  if (head.key.startsWith("ال") || !bare(head).endsWith("ة") || isGivenName(head)) return false;
  return VERBAL_NOUN.test(noun.key);
}

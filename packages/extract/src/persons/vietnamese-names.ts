import type { Token } from "../text/tokens";
import { isCalendarWord, isGivenName } from "./vocabulary";

/**
 * Vietnamese names run family name, middle name, given name ("Nguyen Van Thanh", "Pham Thi Lan"),
 * and the middle name is most often Văn (men) or Thị (women). Their given names, written in Arabic
 * letters, can look like a word with a pronoun (ثانه، مينه) or a particle (لان، لي).
 */
const MIDDLE_NAMES = new Set(["فان", "ثي"]);

/**
 * Word j closes a name as its given name: it follows Văn or Thị, the second word of the name, and
 * is a bare word with no article or conjunction. A name opening with an Arabic given name is no
 * Vietnamese one: there فان is "فإن" printed without its hamza ("سالم فان …").
 */
export function givenAfterVietnameseMiddle(tokens: readonly Token[], j: number, count: number): boolean {
  const t = tokens[j]!;
  if (count !== 2 || !MIDDLE_NAMES.has(tokens[j - 1]!.key) || isGivenName(tokens[j - 2]!) || t.lineStart || t.kind !== "word" || !t.arabic) return false;
  return !/^(ال|و)/u.test(t.key) && t.key.length >= 2 && !isCalendarWord(t);
}

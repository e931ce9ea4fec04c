/**
 * "SKNIS - St Kitts and Nevis Information Service" at the page's top, "Basseterre, … (SKNIS)" in the
 * dateline: a government information service or agency signs with its initials, and prints its
 * name in full where its page begins. Capitalized words whose initials spell the code, with the
 * small words of a name between them (and, of, for, the), are that name.
 */

const SMALL_WORDS = "(?:and|of|for|the|&)";
const MIN_LETTERS = 3;
const MAX_LETTERS = 6;

/** The name of capitalized words the code is the initials of, as printed in `text`, or null. */
export function expansionOfCode(code: string, text: string): string | null {
  const v = code.trim();
  if (!new RegExp(`^[A-Z]{${MIN_LETTERS},${MAX_LETTERS}}$`, "u").test(v)) return null;
  const words = [...v].map((c) => `${c}[\\p{Ll}'’.-]*`).join(`\\s+(?:${SMALL_WORDS}\\s+)?`);
  return new RegExp(`(?<!\\p{L})${words}(?!\\p{L})`, "u").exec(text)?.[0] ?? null;
}

import type { Token } from "../text/tokens";
import { COMMAS } from "../text/punctuation";

/**
 * "Karen Holt, 54, a senior adviser …", "سعاد كمال (47 عاما)، مستشارة …": news sets a person's age
 * off between the name and the office in apposition. The age is a number of years, alone or with
 * the Arabic word for years, between two commas (or in brackets before the comma).
 */

// Matching keys (folded: سنة → سنه, no tanween).
const YEAR_WORDS = new Set(["عاما", "عام", "سنه", "سنوات", "years", "year", "old"]);

/**
 * Index of the comma that closes the name when the comma at `comma` closes an age set off after it
 * ("X, 54, ROLE"); `comma` itself otherwise.
 */
export function commaBeforeAge(tokens: readonly Token[], comma: number): number {
  let k = comma - 1;
  let close = "";
  if (tokens[k]?.text === ")") {
    close = ")";
    k--;
  }
  while (k > 0 && tokens[k]!.kind === "word" && YEAR_WORDS.has(tokens[k]!.key)) k--;
  const num = tokens[k];
  if (!num || num.kind !== "num" || !/^\d{2,3}$/.test(num.key)) return comma;
  const years = Number(num.key);
  if (years < 16 || years > 110) return comma;
  const open = tokens[k - 1];
  if (close) return open?.text === "(" ? k - 1 : comma;
  return open && COMMAS.has(open.text) ? k - 1 : comma;
}

/**
 * True when only an age set off by commas, and an article, stand between the name ending at
 * `nameLast` and the office starting at `roleFirst` ("X, 54, a senior adviser").
 */
export function ageBetween(tokens: readonly Token[], nameLast: number, roleFirst: number): boolean {
  let k = roleFirst - 1;
  if (["a", "an", "the"].includes(tokens[k]?.key ?? "")) k--;
  if (!COMMAS.has(tokens[k]?.text ?? "")) return false;
  const c = commaBeforeAge(tokens, k);
  return c !== k && (c === nameLast + 1 || (c === nameLast + 2 && tokens[nameLast + 1]?.text === "(" ));
}

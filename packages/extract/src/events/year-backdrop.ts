import { wordKey, type Token } from "../text/tokens";
import { MONTH_WORDS } from "./same-day";
import type { Unit } from "./units";

type Tok = Pick<Token, "key">;

// "عام 2024", "العام 2024", "في 2024", "in 2024": a year named as when something was done
// (also with its month between in a paragraph of background: "يذكر أن البلدين وقعا في أغسطس
// 2020 …"; told otherwise, a month and year may be the story's own recent past).
const YEAR_WORD = new Set(["عام", "العام", "في", "in", "since", "منذ"]);
// "بعد أن", "خاصة بعد أن", "after": where a clause telling an earlier happening starts.
const AFTER = new Set(["بعد", "وبعد", "after"]);
// "يذكر أن …", "ويشار إلى أن …": the formula that opens a closing paragraph of background.
const BACKGROUND_OPENERS = new Set(["يذكر", "ويذكر", "يشار", "ويشار"].map(wordKey));

/**
 * "وتثير العلاقات قلق الجارة، خاصة بعد أن وقعت الدول الثلاث عام 2021 اتفاقا": an occasion told
 * with a year before the publication's is a backdrop of the story. Returns the token where its
 * clause starts (after "بعد أن"/"after", else the sentence's start), or null when the sentence
 * names no earlier year.
 */
export function yearBackdropStart(tokens: readonly Tok[], u: Unit, published: string | null): number | null {
  const now = published ? Number(published.slice(0, 4)) : NaN;
  if (!Number.isFinite(now)) return null;
  for (let k = u.first + 1; k < u.last; k++) {
    const key = tokens[k]!.key;
    if (!/^(19|20)\d\d$/u.test(key) || Number(key) >= now || !(YEAR_WORD.has(tokens[k - 1]!.key) || monthInBackground(tokens, u, k))) continue;
    for (let j = k - 1; j >= u.first; j--) if (AFTER.has(tokens[j]!.key)) return j + 1;
    return u.first;
  }
  return null;
}


/** "يذكر أن البلدين وقعا في أغسطس 2020": the year at token `k` after its month and a word of when, in a paragraph of background. */
function monthInBackground(tokens: readonly Tok[], u: Unit, k: number): boolean {
  return BACKGROUND_OPENERS.has(tokens[u.first]!.key) && k - 2 > u.first && MONTH_WORDS.has(tokens[k - 1]!.key) && YEAR_WORD.has(tokens[k - 2]!.key);
}

import eventRules from "../rules/events.json";
import type { Token } from "../text/tokens";
import { tokenReadsAs } from "../text/tokens";
import { matchKey } from "../text/normalize";
import { OPENING_QUOTES } from "../text/quotes";

/**
 * "مناورات "X" البحرية", "التمرين البحري المشترك «X 2027»", "the X 2027 defence exhibition": the
 * name quoted after an exercise's noun, or printed before an exhibition's or exercise's English
 * noun, names the happening, not a body that takes part in it. The nouns are the exercise family
 * of the events' cues (`otherKinds.exercise`) and the English nouns of shows. In English a body
 * also stands before the noun as the side that holds it ("the Royal Navy exercise"), so there the
 * name needs its edition's year unless the noun is a show's.
 */

const exerciseKeys = new Set(eventRules.otherKinds.exercise.ar.filter((w) => !w.includes(" ")).map((w) => matchKey(w)));
const SHOW_NOUNS_EN = new Set(["exhibition", "expo"]);
const EXERCISE_NOUNS_EN = new Set(eventRules.otherKinds.exercise.en.filter((w) => !w.includes(" ")));
/** Words that may stand between the noun and the quoted name: the exercise's adjectives ("البحري المشترك"). */
const MAX_BETWEEN = 3;

export function namesExercise(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[first]!;
  if (t.arabic) {
    if (!OPENING_QUOTES.has(tokens[first - 1]?.text ?? "")) return false;
    for (let k = first - 2; k >= 0 && k >= first - 2 - MAX_BETWEEN; k--) {
      const w = tokens[k]!;
      if (w.kind !== "word") return false;
      if (tokenReadsAs(w, exerciseKeys)) return true;
    }
    return false;
  }
  // English: a year may follow the name, and lower-case words qualify the noun ("defence").
  let k = last + 1;
  const year = tokens[k]?.kind === "num";
  if (year) k++;
  for (let n = 0; n <= MAX_BETWEEN && tokens[k]?.kind === "word" && !tokens[k]!.capital; n++, k++) {
    const key = tokens[k]!.key;
    if (SHOW_NOUNS_EN.has(key) || (year && EXERCISE_NOUNS_EN.has(key))) return true;
  }
  return false;
}

/** Token `k` is a word of an Arabic exercise's quoted name ("قزوين" of «قزوين الآمن 2027»): no place of the story. */
export function withinExerciseName(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j >= 0 && j >= k - 5; j--) {
    const t = tokens[j]!;
    if (t.kind !== "word") return j < k && OPENING_QUOTES.has(tokens[j]!.text) && namesExercise(tokens, j + 1, k);
  }
  return false;
}

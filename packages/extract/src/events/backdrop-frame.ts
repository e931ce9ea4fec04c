import { wordKey, type Token } from "../text/tokens";
import type { Unit } from "./units";

/** "في ضوء", "في إطار": a frame the occasion is set in (its second word). */
const FRAME_AFTER_FI = new Set(["ضوء", "اطار"].map(wordKey));
/** "تنفيذا لما اتفق عليه", "ترجمة لتوجيهات": carrying out what others laid down. */
const CARRYING_OUT = new Set(["تنفيذا", "تنفيذاً", "ترجمة", "ترجمةً"].map(wordKey));
/** The occasion's own noun as the frame's: "في إطار زيارة يجريها X", "في إطار الجولة": no backdrop. */
const OCCASION_NOUN = /^(ال)?(زيار|جول|اجتماع|لقاء|مباحثات|محادثات|مناور|تمرين|تدريب)/u;
/** "the priorities set by X and Y", "the course laid out by X": what others laid down before. */
const LAID_DOWN = new Set(["set", "laid", "outlined", "charted", "envisioned", "envisaged", "mapped", "agreed"]);
const CLAUSE_STOPS = new Set(["،", ",", ".", ";", "؛", ":"]);

/**
 * The backdrop frames of a sentence: "في ضوء العلاقات التي يرعاها X وY", "في إطار الشراكة التي
 * يدعمها X وY", "تنفيذا لما اتفق عليه X وY خلال لقائهما", "the deal reflected the course set by X
 * and Y when they met last year". Such a frame tells what the occasion was set in — the leaders'
 * patronage, an accord or a meeting of theirs before — so the people it names took no part in the
 * occasion and the meetings it names are none of the story's. A frame runs from its opening words
 * to the end of its clause (a comma or the sentence's end). "في إطار زيارة يجريها X" frames the
 * occasion by itself: no backdrop. Token ranges, `last` exclusive.
 */
export function backdropFrames(tokens: readonly Pick<Token, "key" | "arabic">[], u: Unit): { first: number; last: number }[] {
  const frames: { first: number; last: number }[] = [];
  for (let k = u.first; k < u.last; k++) {
    const key = tokens[k]!.key;
    let nounAt = -1;
    if ((key === "في" || key === "وفي") && FRAME_AFTER_FI.has(tokens[k + 1]?.key ?? "")) nounAt = k + 2;
    // "تنفيذا لما اتفق عليه X", "تنفيذا لتوجيهات X" (not "تنفيذا لاتفاق وقع خلال زيارة X": the visit is told).
    else if (CARRYING_OUT.has(key) && /^(لما|لتوجيه)/u.test(tokens[k + 1]?.key ?? "")) nounAt = k + 1;
    else if (!tokens[k]!.arabic && LAID_DOWN.has(key) && (tokens[k + 1]?.key === "by" || (tokens[k + 1]?.key === "out" && tokens[k + 2]?.key === "by")) && k > u.first && tokens[k - 1]!.key !== "was" && tokens[k - 1]!.key !== "were") nounAt = k + 1;
    if (nounAt < 0 || nounAt >= u.last) continue;
    if (tokens[k]!.arabic) {
      const noun = tokens[nounAt]!.key.replace(/^ل(?=.{3})/u, "");
      if (OCCASION_NOUN.test(noun)) continue;
    }
    let end = nounAt;
    while (end < u.last && !CLAUSE_STOPS.has(tokens[end]!.key)) end++;
    frames.push({ first: k, last: end });
    k = end;
  }
  return frames;
}

import { speechKeys } from "../persons/vocabulary";
import type { Token } from "../text/tokens";

/**
 * "the commander of the Northern Example Command, Maj. Gen. X Y, attended": a lower-case title
 * printed before the name it is set off from by a comma is that person's role, and the body
 * after "of" is only part of it (as "قائد القوات البحرية، اللواء X" is in Arabic). Printed after
 * the name ("X Y, commander of the Example Navy, said") the title describes the man and names
 * the body he heads for itself. `last` is the body's last token; `isPersonAt` tells a token of a
 * person's name. True when a comma follows the body and the next words, past a rank of a few
 * capitalized words or abbreviations, are a person's name, unless he then speaks ("the head of
 * the X Agency, Y Z, said"): a head's word is his body's statement, so the body acts in the story.
 */
export function bodyInTitleBeforeName(tokens: readonly Token[], last: number, isPersonAt: (k: number) => boolean): boolean {
  if (tokens[last + 1]?.text !== ",") return false;
  for (let k = last + 2; k <= last + 2 + MAX_RANK_TOKENS; k++) {
    const t = tokens[k];
    if (!t || t.arabic) return false;
    if (isPersonAt(k)) return !speaksAfterName(tokens, k, isPersonAt);
    // A rank before the name: capitalized words ("Commissioner General") and their abbreviations' dots ("Lt. Gen.").
    if (!(t.kind === "word" && t.capital) && t.text !== ".") return false;
  }
  return false;
}

// "Lt . Gen ." or "Rear Admiral": the longest rank printed between the comma and a name.
const MAX_RANK_TOKENS = 4;

/** "…, Y Z, said": the name opening at `first` is set off by a comma and followed by a verb of speech. */
function speaksAfterName(tokens: readonly Token[], first: number, isPersonAt: (k: number) => boolean): boolean {
  let k = first;
  while (isPersonAt(k + 1)) k++;
  return tokens[k + 1]?.text === "," && speechKeys.has(tokens[k + 2]?.key ?? "");
}

import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import { COMMAS } from "../text/punctuation";

/*
 * "في النعمة، عاصمة الولاية", "Kayes, the capital of the region": a name followed by a comma and a
 * noun that says what town it is (a capital, a region's seat, its largest town) is that town, even
 * when the name is also a common word (a homonym the gazetteer reads only with a cue).
 */

// عاصمة capital, مركز seat (مركز الولاية), حاضرة seat, كبرى largest (كبرى مدن), أكبر largest.
const AR_APPOSITIVE = new Set(["عاصمة", "مركز", "حاضرة", "كبرى", "أكبر", "ثاني", "ثالث"].map((w) => matchKey(w)));
const EN_APPOSITIVE = new Set(["capital", "seat"]);

/** Whether the place name ending at token `last` is followed by ", <noun of a town's standing>". */
export function hasTownAppositive(tokens: readonly Token[], last: number): boolean {
  const comma = tokens[last + 1];
  if (!comma || comma.kind !== "punct" || !COMMAS.has(comma.text)) return false;
  let k = last + 2;
  if (tokens[k]?.key === "the") k++;
  const noun = tokens[k];
  if (!noun || noun.kind !== "word" || noun.lineStart) return false;
  return noun.arabic ? AR_APPOSITIVE.has(noun.key) : EN_APPOSITIVE.has(noun.key);
}

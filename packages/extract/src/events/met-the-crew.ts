import type { Token } from "../text/tokens";
import type { CueHit } from "./cues";

// The men of a unit or a ship met as a body, not a person: "بطاقمها", "بعناصر الوحدة", "بالجنود", "the crew".
const BODY_OF_MEN = /^(و?(ب|مع)?(ال)?(طاقم|بحارة|جنود|عناصر|ضباط|منتسبي|أفراد)(ها|ه|هما|هم)?|crew|crews|sailors|troops|soldiers|personnel)$/u;

/**
 * "توجه إلى ميناء X، حيث صعد على متن الفرقاطة والتقى بطاقمها", "toured the base and met the
 * crews": meeting the men of the unit or ship visited is part of the visit, no talks of their own.
 * True when the sentence tells a visit and every meeting cue is a verb whose object is such a body.
 */
export function metTheMenOnVisit(tokens: readonly Pick<Token, "key" | "text">[], cues: readonly CueHit[], meetingCues: readonly CueHit[]): boolean {
  if (!meetingCues.length || !cues.some((c) => c.kind === "visit")) return false;
  return meetingCues.every((m) => {
    let k = m.last + 1;
    if (tokens[k]?.key === "with" || tokens[k]?.key === "the") k++;
    if (tokens[k]?.key === "the") k++;
    return BODY_OF_MEN.test(tokens[k]?.key ?? "");
  });
}

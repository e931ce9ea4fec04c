import type { Token } from "../text/tokens";
import { AFTER_WORDS as AFTER } from "./after-words";
import type { CueHit } from "./cues";
import { isReportVerb } from "./reported-clause";
import { THAT_AR } from "./spoken-words";
import type { Unit } from "./units";

/** Where the words said begin after a verb of saying ("قالت X، خلال لقائها بالبحارة، إن …"). */
const SAID = new Set([...THAT_AR, "that"]);
/** "عقب اللقاء", "after the talks": words said after talks, whose speaker went on from them. */
/** How far after the verb the words said may begin. */
const REACH = 20;

/**
 * "وقالت الوزيرة، خلال لقائها بالبحارة، إن …", "وقالت X، التي شاركت في المحادثات، إن …": a sentence
 * opened by a verb of saying that names talks only between the verb and the words said tells where
 * or as whom the speaker spoke, no meeting of its own. With one person named at most: "قال X عقب
 * لقائه Y إن …" still reports the talks with Y. Nor words said after the talks ("في تصريح عقب
 * اللقاء أن …"): the speaker of that sentence is still the one the next goes on about.
 */
export function meetingIsSpeechSetting(tokens: readonly Token[], u: Unit, meetingCues: readonly CueHit[], namedHere: number): boolean {
  if (namedHere > 1 || !meetingCues.length || !isReportVerb(tokens[u.first]!)) return false;
  const to = Math.min(u.last, u.first + REACH);
  let said = -1;
  for (let k = u.first + 1; k < to && said < 0; k++) if (SAID.has(tokens[k]!.text.toLowerCase())) said = k;
  return said > 0 && meetingCues.every((c) => c.first > u.first && c.last < said && !AFTER.has(tokens[c.first - 1]!.key));
}

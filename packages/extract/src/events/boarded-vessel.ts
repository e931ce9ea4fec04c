import { wordKey, type Token } from "../text/tokens";
import type { CueHit } from "./cues";

/** "صعد", "وصعد", "صعدا", "صعدت": the verb of going up, in the perfect. */
const WENT_UP = /^[وف]?صعد(ت|ا|تا|وا)?$/u;
const ON = wordKey("على");
const BOARD = wordKey("متن");
/** Words the subject may take between the verb and "على متن" ("صعد الوزيران", "صعد صاحب السمو … ومعالي …"). */
const BOARD_REACH = 30;

/**
 * "صعد الوزيران على متن الفرقاطة", "وصعد على متن الكورفيت": going on board a ship (or a plane) to
 * see it is a visit of the vessel, as "زار" is of a place, whatever its host shows the visitors
 * there. The verb is the cue, and only with "على متن" after it within its clause (not "صعد" of a
 * price, a rank or a stair). A passenger's journey ("كانوا على متن") has no verb of going up.
 */
export function boardedVesselCues(tokens: readonly Token[], from: number, to: number): CueHit[] {
  const out: CueHit[] = [];
  for (let k = from; k < to; k++) {
    if (!tokens[k]!.arabic || !WENT_UP.test(tokens[k]!.key)) continue;
    for (let j = k + 1; j < Math.min(to - 1, k + 1 + BOARD_REACH); j++) {
      const key = tokens[j]!.key;
      if (key === "." || key === "؛") break;
      if (key === ON && tokens[j + 1]!.key === BOARD) {
        out.push({ kind: "visit", first: k, last: k });
        break;
      }
    }
  }
  return out;
}

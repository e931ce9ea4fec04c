import { wordKey, type Token } from "../text/tokens";
import type { CueHit } from "./cues";

/** Words that set a happening at someone's arrival: "لدى وصوله", "عند وصولها", "فور وصولهم". */
const AT_ARRIVAL = new Set(["لدى", "عند", "فور", "حال", "لحظة"].map(wordKey));
const ARRIVAL = /^وصول(ه|ها|هم|هما)$/u;
/** Words the arrival may stand after the verb of receiving: the host's and the guest's names and offices. */
const REACH = 45;

/**
 * "استقبل الوزير X نظيره Y لدى وصوله إلى المطار": a guest received on arrival is a reception of
 * its own, held where he arrived, besides the talks told with it or after it. The verb of receiving
 * only ("وكان في استقباله لدى وصوله" tells who met the traveller, and stays part of his visit).
 */
export function receivedOnArrival(tokens: readonly Token[], cues: readonly CueHit[], end: number): boolean {
  const verb = cues.find((c) => c.kind === "welcome" && cues.some((m) => m.kind === "meeting" && m.first === c.first));
  if (!verb) return false;
  const to = Math.min(end, verb.last + REACH);
  for (let k = verb.last + 2; k < to; k++) {
    if (ARRIVAL.test(tokens[k]!.key) && AT_ARRIVAL.has(tokens[k - 1]!.key)) return true;
  }
  return false;
}

import { wordKey, type Token } from "../text/tokens";
import type { CueHit } from "./cues";
import type { EventRead } from "./event-read";
import { WHERE_WORDS as WHERE } from "./where-words";

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

/** The noun of receiving in "كان X في استقبال Y": who awaited the guest, told with no verb. */
const RECEIVING_NOUN = /^استقبال(ه|ها|هم|هما)?$/u;

/**
 * "وكان X في استقبال Y لدى وصوله إلى المنفذ", told after the talks and with no visit before it:
 * the welcome at the arrival is a reception of its own, not a visit. When the visit was told before
 * ("وصل X إلى عمّان … وكان في استقباله لدى وصوله …") the welcome stays part of it.
 */
export function awaitedOnArrival(tokens: readonly Token[], cues: readonly CueHit[], end: number, found: readonly EventRead[]): boolean {
  if (found.some((e) => e.type === "visit")) return false;
  const noun = cues.find((c) => c.kind === "welcome" && RECEIVING_NOUN.test(tokens[c.first]!.key) && c.first > 0 && tokens[c.first - 1]!.key === "في");
  if (!noun) return false;
  const to = Math.min(end, noun.last + REACH);
  let arrival = -1;
  for (let k = noun.last + 1; k < to && arrival < 0; k++) {
    if (ARRIVAL.test(tokens[k]!.key) && AT_ARRIVAL.has(tokens[k - 1]!.key)) arrival = k;
  }
  return arrival >= 0 && onlyTheArrival(cues, arrival);
}

/** Every word of visiting is the arrival itself: no one "arrived in a visit" here. */
function onlyTheArrival(cues: readonly CueHit[], arrival: number): boolean {
  return cues.every((c) => c.kind !== "visit" || (c.first <= arrival && c.last >= arrival - 1));
}

/**
 * "وكان X قد استقبل سموه لدى وصوله إلى مقر الوزارة": when the sentence's only word of visiting is
 * the arrival at which the guest was received, the arrival is that reception, no visit of its own.
 */
export function arrivalIsTheReception(tokens: readonly Token[], cues: readonly CueHit[], end: number): boolean {
  const verb = cues.find((c) => c.kind === "welcome" && cues.some((m) => m.kind === "meeting" && m.first === c.first));
  if (!verb) return false;
  const to = Math.min(end, verb.last + REACH);
  for (let k = verb.last + 2; k < to; k++) {
    if (ARRIVAL.test(tokens[k]!.key) && AT_ARRIVAL.has(tokens[k - 1]!.key)) return onlyTheArrival(cues, k);
  }
  return false;
}

const PASSIVE = new Set(["was", "were"]);
const RECEIVED = new Set(["received", "welcomed", "greeted"]);
/** The guest's arrival told before he was received: a welcome there, not a call paid at a palace. */
const CAME = new Set(["crossed", "arrived", "landed", "reached", "arrival"]);

/**
 * "crossed the bridge and was received at the bridge by X and Y": a guest received on his arrival
 * at a place, told in the passive, is a reception held there, beside the talks told with it. Not
 * "was received at the palace by the president" (a call paid, a meeting), nor "where he was
 * received" (the host of a visit, see went-where-received.ts).
 */
export function receivedAtPlace(tokens: readonly Token[], cues: readonly CueHit[], first: number): boolean {
  return cues.some((c) => tokens.slice(first, c.first).some((t) => CAME.has(t.key)) && c.kind === "welcome" && RECEIVED.has(tokens[c.first]!.key) && PASSIVE.has(tokens[c.first - 1]?.key ?? "") && tokens[c.last + 1]?.key === "at" && !WHERE.has(tokens[c.first - 3]?.key ?? "") && !WHERE.has(tokens[c.first - 2]?.key ?? ""));
}

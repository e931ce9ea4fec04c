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
  return receivedAtGate(tokens, verb.last, to);
}

/** A point of arrival told with "ب" or "في": "بمطار", "بالمنفذ الحدودي", "في ميناء". */
const GATE = /^(ب|بال)(مطار|منفذ|معبر|ميناء)$/u;
const GATE_NOUN = /^(ال)?(مطار|منفذ|معبر|ميناء)$/u;
/** Words the point of arrival may stand after the verb: the host's name and the day come first. */
const GATE_REACH = 12;

/**
 * "استقبل X يوم الثلاثاء بالمنفذ الحدودي الوفد": a guest received at an airport, a port or a border
 * crossing is received on his arrival there, whether or not "لدى وصوله" is said. Only close to the
 * verb, where the place of the receiving stands, not a place the guest's office names further on.
 */
function receivedAtGate(tokens: readonly Token[], verbLast: number, to: number): boolean {
  for (let k = verbLast + 1; k < Math.min(to, verbLast + 1 + GATE_REACH); k++) {
    const key = tokens[k]!.key;
    if (GATE.test(key) || (GATE_NOUN.test(key) && tokens[k - 1]!.key === "في")) return true;
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
 * So too with no verb, when the reception is told by its ceremony ("وجرت له مراسم استقبال رسمية لدى
 * وصوله إلى القاعدة").
 */
export function arrivalIsTheReception(tokens: readonly Token[], cues: readonly CueHit[], end: number): boolean {
  const verb =
    cues.find((c) => c.kind === "welcome" && cues.some((m) => m.kind === "meeting" && m.first === c.first)) ??
    cues.find((c) => c.kind === "welcome" && cues.some((m) => m.kind === "ceremony" && m.first < c.first && m.last >= c.last));
  if (!verb) return false;
  const to = Math.min(end, verb.last + REACH);
  for (let k = verb.last + 2; k < to; k++) {
    if (ARRIVAL.test(tokens[k]!.key) && AT_ARRIVAL.has(tokens[k - 1]!.key)) return onlyTheArrival(cues, k);
  }
  return false;
}

const PASSIVE = new Set(["was", "were"]);
/** "was welcomed", "were met": in the passive, a guest met by his hosts is one received, not a party to talks. */
const RECEIVED = new Set(["received", "welcomed", "greeted", "met"]);
/** The guest's arrival told before he was received: a welcome there, not a call paid at a palace. */
const CAME = new Set(["crossed", "arrived", "landed", "reached", "arrival"]);
/** Places a traveller arrives at: who meets him there meets him on arrival. */
const ARRIVAL_PLACES = new Set(["airport", "airbase", "bridge", "port", "harbour", "harbor", "crossing", "border", "terminal", "quay", "pier", "tarmac", "apron", "wharf", "jetty"]);
/** "met at the airport", "met on the tarmac": the words that open where the guest was received. */
const AT = new Set(["at", "on"]);
/** Words the place of the welcome may stand after "at": "at the Paraguayan end of the bridge". */
const PLACE_REACH = 7;
/** Words the host's name may take between the verb and "at": "welcomed by X Y at the bridge". */
const BY_REACH = 8;
const STOPS = new Set([",", ".", ";", "and", "before", "after"]);

/** Where "at" (or "on") stands after the verb, right after it or after the host named with "by". */
function atAfter(tokens: readonly Token[], verbLast: number): number {
  if (AT.has(tokens[verbLast + 1]?.key ?? "")) return verbLast + 1;
  if (tokens[verbLast + 1]?.key !== "by") return -1;
  for (let k = verbLast + 2; k < Math.min(tokens.length, verbLast + 2 + BY_REACH); k++) {
    const key = tokens[k]!.key;
    if (AT.has(key)) return k;
    if (STOPS.has(key)) return -1;
  }
  return -1;
}

/** The place after "at" is one a traveller arrives at (the airport, the end of the bridge). */
function arrivalPlace(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k < Math.min(tokens.length, at + 1 + PLACE_REACH); k++) {
    const key = tokens[k]!.key;
    if (ARRIVAL_PLACES.has(key)) return true;
    if (STOPS.has(key) || key === "by") return false;
  }
  return false;
}

/** "was welcomed", "were met": a verb of receiving in the passive, not "where he was received" (the host of a visit). */
function receivedInPassive(tokens: readonly Token[], c: CueHit): boolean {
  if ((c.kind !== "welcome" && c.kind !== "meeting") || !RECEIVED.has(tokens[c.first]!.key) || !PASSIVE.has(tokens[c.first - 1]?.key ?? "")) return false;
  return !WHERE.has(tokens[c.first - 3]?.key ?? "") && !WHERE.has(tokens[c.first - 2]?.key ?? "");
}

/**
 * "crossed the bridge and was received at the bridge by X and Y", "was welcomed by X at the end of
 * the bridge", "were met at the airport by X": a guest received on his arrival at a place, told in
 * the passive, is a reception held there, beside the talks told with it. The arrival is told before
 * (crossed, landed) or is the place itself (an airport, a bridge). Not "was received at the palace
 * by the president" (a call paid, a meeting), nor "where he was received" (the host of a visit, see
 * went-where-received.ts). Gives the verb of receiving, which names no talks of its own.
 */
export function receivedAtPlace(tokens: readonly Token[], cues: readonly CueHit[], first: number): CueHit | undefined {
  return cues.find((c) => {
    if (!receivedInPassive(tokens, c)) return false;
    const at = atAfter(tokens, c.last);
    if (at < 0) return false;
    return tokens.slice(first, c.first).some((t) => CAME.has(t.key)) || arrivalPlace(tokens, at);
  });
}

/** Words that put the talks after the welcome: "before the two ministers sat down for talks", "then held talks". */
const NEXT = new Set(["before", "then"]);

/**
 * "X was welcomed at the base by Y … before the two ministers sat down for talks": a guest
 * received in the passive, with the talks told after "before" or "then" in the same sentence, was
 * received apart from the talks: a reception beside the meeting, wherever it was held (not only on
 * arrival, as `receivedAtPlace` asks). Not "where he was received" (the host of a visit).
 */
export function welcomedBeforeTalks(tokens: readonly Token[], cues: readonly CueHit[]): CueHit | undefined {
  return cues.find((c) => {
    if (!receivedInPassive(tokens, c)) return false;
    return cues.some((m) => m.kind === "meeting" && m.first > c.last && !RECEIVED.has(tokens[m.first]!.key) && tokens.slice(c.last + 1, m.first).some((t) => NEXT.has(t.key)));
  });
}

/** "welcomed", "greeted": an English host's verb of receiving a guest. */
const WELCOMED = new Set(["welcomed", "greeted"]);
/** Before the verb, words that make it no deed of the subject's: "was welcomed", "to welcome". */
const NOT_ACTIVE = new Set(["was", "were", "be", "been", "being", "is", "are", "to"]);
/** "his Swedish counterpart X": a possessive that opens the guest's office before his name. */
const POSSESSIVE = new Set(["his", "her", "their"]);
/** Words the guest's name may stand after the verb ("welcomed his Swedish counterpart Pål Jonson"). */
const GUEST_REACH = 5;
/** The pieces of an English genitive: "Kenya's", "Kenya’s". */
const GENITIVE = new Set(["'", "’", "s", "'s", "’s"]);

/**
 * "X welcomed his counterpart Y at the city hall", "X welcomed Y when his plane landed": in English
 * a host who welcomes a person (named right after the verb, or after his office opened by a
 * possessive) receives a guest: a reception, beside the talks the sentence tells after it. Not
 * "welcomed the deal", "welcomed the decision" (a reaction: what is welcomed is no person), nor the
 * passive, which `receivedAtPlace` reads. `isName` tells a token of a person's name.
 */
export function welcomedGuest(tokens: readonly Token[], cues: readonly CueHit[], end: number, isName: (k: number) => boolean): CueHit | undefined {
  return cues.find((c) => {
    if (c.kind !== "welcome" || !WELCOMED.has(tokens[c.first]!.key) || NOT_ACTIVE.has(tokens[c.first - 1]?.key ?? "")) return false;
    const next = c.last + 1;
    if (next >= end) return false;
    if (isName(next)) return true;
    // "his Swedish counterpart X"; "Kenya's Defence Minister X": an office of capitalized words.
    const possessive = POSSESSIVE.has(tokens[next]!.key);
    if (!possessive && !tokens[next]!.capital) return false;
    for (let k = next + 1; k < Math.min(end, next + 1 + GUEST_REACH); k++) {
      if (isName(k)) return true;
      const t = tokens[k]!;
      if (possessive ? t.kind === "punct" : !(t.capital || GENITIVE.has(t.key))) return false;
    }
    return false;
  });
}

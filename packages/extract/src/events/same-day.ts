import type { Doc } from "../document";
import calendar from "../rules/calendar.json";
import eventWords from "../rules/events.json";
import { matchKey } from "../text/normalize";
import type { Token } from "../text/tokens";
import { tokensWithin } from "../text/tokens-within";
import type { EventRead } from "./event-read";
import { SAME_KEYS } from "../dates/find";
import { printsDay } from "./day-of-sentence-before";
import { units } from "./units";

// The first word of every month name, Gregorian and Hijri; English ones only capitalized ("May", "March").
export const MONTH_WORDS = new Set([...Object.values(calendar.gregorian), ...Object.values(calendar.hijri)].flat().map((n) => matchKey(n.split(" ")[0]!)));
const OTHER_TIME = new Set([...calendar.pastMarkers, ...calendar.futureMarkers].map((w) => matchKey(w)));
// "also", "أيضا": a doing told beside the one before, not as part of it.
const ALSO = new Set(["also", "أيضا", "ايضا", "كذلك"].map((w) => matchKey(w)));
/** The first words of a sentence, where "also" is said of its main verb. */
const ALSO_REACH = 5;
const LINKED = new Set(["meeting", "agreement", "visit", "reception", "conference", "other"]);
// Gatherings held within a day: a visit or an exercise lasts several, and what is done during it may fall on any of them.
const ONE_DAY = new Set(["meeting", "agreement", "reception", "conference"]);

/**
 * "KYIV (Reuters) - … signed an agreement on Wednesday … The two ministers signed the deal
 * during Nielsen's first visit": a talk, signing or visit told in the body without a day, by
 * people whose doings together the report dates (all of its people took part in them, or all of
 * theirs in it), happened the same day as they did, when they are
 * all dated alike. Not when its sentence prints a time of its own (a month, a year, "last",
 * "المقبل": another occasion, left undated), nor for what is told as backstory or as an earlier
 * happening in a clause. Only a gathering lends its day (`ONE_DAY`).
 */
export function dateBySameParties(doc: Doc, events: EventRead[]): void {
  for (const e of events) {
    if (e.date || !LINKED.has(e.type) || !e.participants.length || e.backstory || e.backdrop || e.clauseStart !== undefined) continue;
    const dated = events.filter((o) => o !== e && o.date && !o.backstory && !o.backdrop && o.clauseStart === undefined && ONE_DAY.has(o.type) && sameParties(e, o));
    const days = new Set(dated.map((o) => o.date));
    if (days.size !== 1 || printsOwnTime(doc, e.start, e.end)) continue;
    e.date = dated[0]!.date;
  }
}

/**
 * "Pistorius and Kaliňák on Tuesday signed … at the Sliač air base. Pistorius was welcomed at the base
 * by Kaliňák … before the two ministers sat down for talks": a welcome or talks told without a day
 * in the sentence right after a dated gathering, by someone of it (or after one told of the states
 * alone, "The defense ministers of Finland and Sweden on Thursday signed …"), are the same
 * visit's doings that day. Not when the sentence prints a time of its own or tells the
 * meeting as another ("also met"), nor for backstory.
 */
export function dateByGatheringJustBefore(doc: Doc, events: EventRead[]): void {
  for (const e of events) {
    if (e.date || (e.type !== "meeting" && e.type !== "reception") || !e.participants.length || e.backstory || e.backdrop || e.clauseStart !== undefined) continue;
    // "والتقى X أيضا Y", "X also met Y": another meeting than the one told, on a day not said.
    if (alsoOpens(tokensWithin(doc.tokens, e.start, e.end))) continue;
    const before = events.filter((o) => o.unit === e.unit - 1 && o.date && ONE_DAY.has(o.type) && !o.backstory && !o.backdrop && o.clauseStart === undefined && sharesSide(e, o));
    const days = new Set(before.map((o) => o.date));
    if (days.size !== 1 || printsOwnTime(doc, e.start, e.end)) continue;
    e.date = before[0]!.date;
  }
}

/**
 * "also" among the sentence's first words, before any comma ("He also met", "والتقى العماد X أيضا"):
 * said of its main verb, not of a clause about someone ("X, who also serves as …").
 */
function alsoOpens(ts: readonly Token[]): boolean {
  for (const t of ts.slice(0, ALSO_REACH)) {
    if (t.kind === "punct") return false;
    if (ALSO.has(t.key)) return true;
  }
  return false;
}

/** Someone of the one takes part in the other, or the other names nobody (its parties told as states). */
function sharesSide(e: EventRead, o: EventRead): boolean {
  return !o.participants.length || e.participants.some((p) => o.participants.includes(p));
}

/** One side's people all take part in the other's: the same occasion, not another meeting of one of them. */
function sameParties(a: EventRead, b: EventRead): boolean {
  return a.participants.every((p) => b.participants.includes(p)) || (b.participants.length > 0 && b.participants.every((p) => a.participants.includes(p)));
}

/** Whether the text between start and end prints a month, a year or a word of another time. */
function printsOwnTime(doc: Doc, start: number, end: number): boolean {
  return tokensWithin(doc.tokens, start, end).some(ownTime);
}

function ownTime(t: Token): boolean {
  if (t.kind === "num") return /^(19|20)\d\d$/.test(t.key);
  const bare = t.arabic ? t.key.replace(/^(و|ف|ب|ل|وب|وفي|في)(?=\S{3})/u, "") : t.key;
  if (OTHER_TIME.has(t.key)) return true;
  return (MONTH_WORDS.has(t.key) || MONTH_WORDS.has(bare)) && (t.arabic || t.capital);
}

/**
 * "وفي وقت لاحق، ترأس …", "Earlier in the day the two presidents held talks …", "وتفقدت بعد ذلك …": a
 * doing told as later or earlier the same day, or as next, took place on the day of the happening
 * told before it.
 */
export function dateBySameDayWords(doc: Doc, events: EventRead[]): void {
  for (const e of events) {
    // "وكان X قد استقبل Y صباح اليوم نفسه": told as backstory, but on the very day told before.
    if (e.date || (e.backstory && !namesTheSameDay(doc, e.start, e.end)) || e.backdrop || e.clauseStart !== undefined || !saysSameDay(doc, e.start, e.end)) continue;
    const before = events.filter((o) => o.date && o.start < e.start && !o.backstory && !o.backdrop && o.clauseStart === undefined).sort((a, b) => b.start - a.start)[0];
    if (before) e.date = before.date;
  }
}

// "In the afternoon,", "That evening,": a part of the day the happening told before fell on.
const DAY_PARTS = new Set(["morning", "afternoon", "evening"]);

/** Whether the text between start and end says "later (or earlier) the same day". */
function saysSameDay(doc: Doc, start: number, end: number): boolean {
  const ts = tokensWithin(doc.tokens, start, end).filter((t) => t.kind !== "punct");
  for (let k = 0; k + 2 < ts.length; k++) {
    const a = ts[k]!.key.replace(/^و(?=في$)/u, ""), b = ts[k + 1]!.key, c = ts[k + 2]!.key, d = ts[k + 3]?.key;
    // "في وقت لاحق" opening the sentence or with "اليوم" after it; "سيوقع في وقت لاحق" or "في وقت
    // لاحق من الشهر" is some other day.
    if (a === "في" && b === "وقت" && (c === "لاحق" || c === "سابق")) return k === 0 || d === "اليوم" || (d === "من" && ts[k + 4]?.key === "اليوم");
    if ((a === "later" || a === "earlier") && (b === "in" || b === "on") && c === "the" && d === "day") return true;
    // "وتفقدت الوزيرة بعد ذلك …", "وبعد ذلك زار …": next, in the sentence's first words; not
    // "بعد ذلك بيومين", some days on.
    if ((a === "بعد" || a === "وبعد") && b === "ذلك" && k <= 3 && !/^ب/u.test(c)) return true;
    if ((a === "later" || a === "earlier") && b === "that" && c === "day") return true;
    // "Later in the afternoon, …", "Earlier in the morning": a part of the same day, opening the sentence.
    if (k === 0 && (a === "later" || a === "earlier") && b === "in" && c === "the" && DAY_PARTS.has(d ?? "")) return true;
    // "In the afternoon, X and Y met …", "That evening, …": a part of the day opening the sentence.
    if (k === 0 && ((a === "in" && b === "the" && DAY_PARTS.has(c)) || (a === "that" && DAY_PARTS.has(b)))) return true;
    // "The two chiefs later held talks", "He then called on …": next, as an adverb among the first
    // words, before the verb; not "later this month", "then-minister", "later in the week".
    if ((a === "later" || a === "then") && k >= 1 && k <= 3 && /(ed|held|met|went|made|took|gave|saw|signed)$/.test(b)) return true;
    // "في اليوم ذاته", "the same day": the day of the happening told before.
    if ((a === "اليوم" && SAME_KEYS.has(b)) || (b === "اليوم" && SAME_KEYS.has(c)) || (a === "the" && b === "same" && c === "day")) return true;
  }
  return false;
}

// "وكان … قد", "ويذكر أن", "وتأتي هذه الخطوة": a sentence opened so tells what came before or around
// the occasion, not its next doing.
// "الزيارة", "التمرين", "المناورات": occasions lasting several days.
const LASTING = new Set([...eventWords.anaphora.filter((w) => w === "الزيارة"), ...eventWords.otherKinds.exercise.ar].map((w) => matchKey(w)));
const NOT_GOING_ON = new Set(["وكان", "وكانت", "ويذكر", "وتذكر", "ويشار", "وتأتي", "ويأتي", "وجاء", "وجاءت", "وسبق", "وسبقت"].map((w) => matchKey(w)));

/**
 * "أجرى الوزيران اليوم محادثات … وعقب المحادثات زار الضيف …", "وشهد ختام الحفل …", "وتقدم الموكب …":
 * an Arabic doing told in a sentence opened by "و" that prints no day, no month and no other time
 * goes on telling the dated happening of the sentence right before it and took place on its day
 * (further back, another matter may have come between). Not a backstory,
 * a backdrop or an earlier clause, nor a sentence opened as one ("وكان … قد", "ويذكر أن"); plans are
 * no events. The same sentence read twice keeps its one day.
 */
export function dateByStoryGoingOn(doc: Doc, events: EventRead[]): void {
  if (doc.language !== "ar") return;
  const us = units(doc);
  const lends = (o: EventRead) => o.date && !o.backstory && !o.backdrop && o.clauseStart === undefined && !o.fromTitle;
  for (const e of events) {
    if (e.date || e.backstory || e.backdrop || e.clauseStart !== undefined || e.fromTitle) continue;
    const twin = events.find((o) => o !== e && lends(o) && o.start === e.start && o.end === e.end && o.type === e.type);
    if (twin) {
      e.date = twin.date;
      continue;
    }
    const words = tokensWithin(doc.tokens, e.start, e.end).filter((t) => t.kind !== "punct");
    const opener = words[0];
    if (!opener?.arabic || !/^و\S{2}/u.test(opener.key) || NOT_GOING_ON.has(opener.key) || alsoOpens(words)) continue;
    // "وعلى هامش التمرين", "وقد شهدت الزيارة …": during an occasion of several days, on one of them.
    if (words.slice(0, ALSO_REACH).some((t) => LASTING.has(t.key.replace(/^(و|ف|ب|ل)(?=ال)/u, "")))) continue;
    const own = us[e.unit];
    if (!own || printsOwnTime(doc, own.start, own.end) || printsDay(doc, own.first, own.last)) continue;
    const before = events.filter((o) => o !== e && lends(o) && o.start < e.start).sort((a, b) => b.start - a.start)[0];
    if (before && before.type !== "visit" && before.unit >= e.unit - 1) e.date = before.date;
  }
}

/** Whether the text between start and end names "the same day" outright ("اليوم نفسه", "في اليوم ذاته"). */
function namesTheSameDay(doc: Doc, start: number, end: number): boolean {
  const ts = tokensWithin(doc.tokens, start, end);
  return ts.some((t, k) => /^(ال|فال|وال|بال)?يوم$/u.test(t.key) && SAME_KEYS.has(ts[k + 1]?.key ?? ""));
}

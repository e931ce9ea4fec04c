import { findRelative } from "../dates/find";
import type { Doc } from "../document";
import { tellsArrival } from "./backstory";
import { DURING_IT } from "./inspection-visit";
import type { CueHit } from "./cues";
import { relativeDay } from "./event-date";
import type { Unit } from "./units";

/**
 * "arrived in Malabo on Sunday and on Monday visited the naval base", "وصل الوزير يوم الأحد وزار
 * يوم الاثنين القاعدة": a sentence that tells two doings on two days dates the visit by the day
 * written next to its own verb, not by the first day it prints (the arrival's). Null when the
 * sentence names fewer than two days, or no visit word other than one of arriving.
 */
export function dayBesideVisitVerb(doc: Doc, u: Unit, visitWords: CueHit[], published: string | null, inDateline: (k: number) => boolean): string | null {
  const verbs = visitWords.filter((c) => !tellsArrival(doc.tokens, [c]));
  if (!verbs.length || verbs.length === visitWords.length) return null;
  return dayBesideWord(doc, u, verbs[0]!, published, inDateline);
}

/**
 * "يزور الضيف اليوم الجمعة المركز، كما يلتقي غدا السبت رئيس الوزراء": of two days a sentence
 * prints for two doings, the one written nearest the word of the occasion (`word`) is its day.
 * Null when the sentence names fewer than two different days.
 */
export function dayBesideWord(doc: Doc, u: Unit, word: CueHit, published: string | null, inDateline: (k: number) => boolean): string | null {
  if (!published) return null;
  const days = findRelative(doc.tokens, doc.text, u.first, u.last)
    .filter((r) => !inDateline(r.firstToken))
    .map((r) => ({ r, iso: relativeDay(doc, r, published) }));
  if (new Set(days.map((d) => d.iso)).size < 2) return null;
  const gap = (d: (typeof days)[number]) => (d.r.lastToken < word.first ? word.first - d.r.lastToken : d.r.firstToken - word.last);
  return days.reduce((a, b) => (gap(b) < gap(a) ? b : a)).iso;
}

// "ثلاثة أيام", "يومين", "three days": a visit that lasted more than a day.
const DAYS = new Set(["ايام", "يومين", "days"]);

/**
 * "وصلت إلى برازيليا يوم الأربعاء في زيارة تستغرق ثلاثة أيام، التقت خلالها X": a meeting held
 * "during" a visit of several days fell on one of them, not on the day of the arrival told before
 * it. Returns the day printed after its word, else null; undefined when the meeting is not told so.
 */
export function dayOfMeetingDuringVisit(doc: Doc, u: Unit, word: CueHit, published: string | null): string | null | undefined {
  const t = doc.tokens;
  if (!DURING_IT.has(t[word.last + 1]?.key ?? "") && !DURING_IT.has(t[word.first - 1]?.key ?? "")) return undefined;
  if (!t.slice(u.first, word.first).some((x) => DAYS.has(x.key))) return undefined;
  const after = findRelative(t, doc.text, word.first, u.last)[0];
  return after && published ? relativeDay(doc, after, published) : null;
}

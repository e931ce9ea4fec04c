import { findRelative } from "../dates/find";
import type { Doc } from "../document";
import { tellsArrival } from "./backstory";
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

import { findDates, findRelative } from "../dates/find";
import type { Doc } from "../document";
import type { PersonRead } from "../persons";
import { relativeDay } from "./event-date";
import type { EventRead } from "./event-read";
import { units } from "./units";

/**
 * "X told reporters at the training area on Tuesday. Minister Y, who visited the troops alongside
 * X, said …": a visit or a meeting told without a day, right after a sentence that names one of
 * its people with a single day of what he did there, continues that sentence's occasion and took
 * place that day. Not when its own sentence prints a day or a date, nor a backstory or an earlier clause.
 */
export function dateBySentenceBefore(doc: Doc, events: EventRead[], persons: readonly Pick<PersonRead, "tokenSpans">[], published: string | null): void {
  if (!published) return;
  const us = units(doc);
  for (const e of events) {
    if (e.date || (e.type !== "visit" && e.type !== "meeting") || !e.participants.length || e.backstory || e.backdrop || e.clauseStart !== undefined) continue;
    const before = us[e.unit - 1];
    const own = us[e.unit];
    if (!before || !own || printsDay(doc, own.first, own.last) || events.some((o) => o.unit === e.unit - 1)) continue;
    const days = findRelative(doc.tokens, doc.text, before.first, before.last).filter((r) => !r.future);
    const isos = new Set(days.map((r) => relativeDay(doc, r, published)));
    if (isos.size !== 1) continue;
    const named = e.participants.some((i) => persons[i]?.tokenSpans.some((s) => s.first >= before.first && s.last < before.last));
    if (named) e.date = [...isos][0]!;
  }
}

/** Whether tokens first..last print a date or a relative day ("أمس", "on Monday"). */
export function printsDay(doc: Doc, first: number, last: number): boolean {
  return findRelative(doc.tokens, doc.text, first, last).length > 0 || findDates(doc.tokens, doc.text, first, last, doc.language === "en").length > 0;
}

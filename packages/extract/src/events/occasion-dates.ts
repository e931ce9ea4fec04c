import type { EventRead } from "./event-read";

/**
 * A visit or an agreement told without a date takes the date of the meeting it belongs to: the
 * visit during which its visitor met (everyone on the visit took part in the meeting, at the same
 * place) and the agreement signed at the talks (everyone who signed took part in them). "In another
 * meeting" keeps no date of its own: meetings are separate occasions, so a meeting never lends its
 * date to another meeting.
 */
export function dateByOccasion(events: EventRead[]): void {
  for (const e of events) {
    if (e.date || (e.type !== "visit" && e.type !== "agreement") || !e.participants.length) continue;
    const meetings = events.filter(
      (m) => m.type === "meeting" && m.date && e.participants.every((p) => m.participants.includes(p)) && samePlace(m, e),
    );
    // Only when one dated meeting fits, or all that fit agree on the day.
    const dates = new Set(meetings.map((m) => m.date));
    if (dates.size === 1) e.date = meetings[0]!.date;
  }
}

/**
 * "بدأ الوزير اليوم زيارة إلى الأردن … وعقد في عمّان جلسة مباحثات مع …": a meeting told without a
 * day in the sentence right after a dated visit, held by the visitor where the visit went, is the
 * visit's first business and took place on the day the visit is dated.
 */
export function dateMeetingsByVisit(events: EventRead[]): void {
  for (const e of events) {
    if (e.date || e.type !== "meeting" || !e.participants.length) continue;
    const visit = events.find((v) => v.type === "visit" && v.date && v.location && !v.backstory && e.unit - v.unit === 1 && v.participants.every((p) => e.participants.includes(p)) && samePlace(v, e));
    if (visit) e.date = visit.date;
  }
}

function samePlace(a: EventRead, b: EventRead): boolean {
  if (!a.location || !b.location || a.location === b.location) return true;
  return !!a.location.country && a.location.country === b.location.country;
}

import type { EventRead } from "./event-read";

/**
 * Where each event happened, once the reports are merged. An event's own sentence says it best; a
 * wire's dateline ("ISTANBUL (AA) -", "الرياض - واس") only says where the report was filed, so it
 * is the place of last resort: the visit the event happened during, or another event of the same
 * occasion (the same people) that names a place, says it better.
 */
export function placeEvents(events: EventRead[]): void {
  const weak = (e: EventRead) => !e.location || e.datelinePlace;
  // Events during a visit happen where the visit went, unless the text says otherwise.
  const visits = events.filter((e) => e.type === "visit" && e.location && !e.datelinePlace && !e.backstory);
  if (visits.length === 1) {
    const v = visits[0]!;
    // A visit told on another day ("وكان قد زار أمس …") is another occasion.
    const sameDay = (e: EventRead) => !e.date || !v.date || e.date === v.date;
    for (const e of events) if (weak(e) && e.type !== "visit" && e.type !== "statement" && sameDay(e) && e.participants.some((p) => v.participants.includes(p))) setPlace(e, v);
  }
  // An event told after another with the same people ("كما وقّع…", "جاء ذلك خلال زيارة…") took place
  // where that one did, unless its own sentence names a place; where one of them is told on the
  // event's own day ("والتقى X في وقت لاحق اليوم" after a stop of the day before), that one.
  for (const e of events) {
    if (e.location || e.type === "statement") continue;
    const before = events.filter((o) => o.start < e.start && o.location && o.participants.some((p) => e.participants.includes(p)));
    const nearest = sameDayFirst(e, before.sort((a, b) => b.start - a.start))[0];
    if (nearest) setPlace(e, nearest);
  }
  // What happened "during the visit" happened where the visit went: a place of another state its
  // sentence names (what was discussed, the visitor's own country) is not where it took place.
  for (const e of events) {
    if (!e.duringVisit) continue;
    const visit = events.find((v) => v.type === "visit" && v.location && !v.datelinePlace && v.start <= e.start && v.participants.some((p) => e.participants.includes(p)));
    if (visit && (!e.location || e.location.country !== visit.location!.country)) setPlace(e, visit);
  }
  // One occasion, one place: an event placed only by the dateline takes the place another event
  // of the same two or more people names in its own words, before or after it. A happening of
  // another kind (an exercise they spoke of, "تمرين … ستحتضنه سواحل X") is no part of their talks.
  for (const e of events) {
    if (!e.datelinePlace || e.participants.length < 2) continue;
    const same = events.filter((o) => o !== e && o.location && !o.datelinePlace && o.type !== "other" && e.participants.filter((p) => o.participants.includes(p)).length >= 2);
    const nearest = same.sort((a, b) => Math.abs(a.start - e.start) - Math.abs(b.start - e.start))[0];
    if (nearest && !(nearest.location!.kind === "country" && nearest.location!.country === e.location!.country)) setPlace(e, nearest);
  }
}

/** The events told on `e`'s day first, then the others (each in the order given). */
function sameDayFirst(e: EventRead, events: EventRead[]): EventRead[] {
  if (!e.date) return events;
  const order = (o: EventRead) => (o.date === e.date ? 0 : 1);
  return [...events].sort((a, b) => order(a) - order(b));
}

function setPlace(e: EventRead, from: EventRead): void {
  e.location = from.location;
  e.datelinePlace = from.datelinePlace;
}

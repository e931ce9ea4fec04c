import type { EventRead } from "./event-read";

/**
 * "The heads of the two services met in Isfana on Tuesday. X and Y agreed to …", "اجتمع وفدا
 * البلدين … واتفق الجانبان على …": an agreement told by a verb of agreeing next to the meeting at
 * which it was reached is one occasion, and the agreement is what it gave. The meeting told in the
 * same or the neighbouring sentence is folded into the agreement when it names no one but parties
 * ("the heads of the two services met") or is named only as the occasion already told ("ووقع محضر
 * الاجتماع"), with none of its people outside the agreement's: the agreement takes its people and,
 * where it says none, its place and day. Talks told with their own people ("X held talks with Y")
 * and a signing stay events of their own.
 */
export function foldMeetingIntoAgreement(events: EventRead[]): EventRead[] {
  const folded = new Set<EventRead>();
  for (const a of events) {
    if (a.type !== "agreement" || !a.agreed) continue;
    const m = events.find((x) => x.type === "meeting" && !folded.has(x) && !x.fromTitle && (x.collective || x.told) && Math.abs(x.unit - a.unit) <= 1 && within(x, a));
    if (!m) continue;
    for (const p of m.participants) if (!a.participants.includes(p)) a.participants.push(p);
    if (m.location && (!a.location || (a.datelinePlace && !m.datelinePlace))) {
      a.location = m.location;
      a.datelinePlace = m.datelinePlace;
    }
    a.date ??= m.date;
    if (m.start < a.start) {
      a.start = m.start;
      a.end = Math.max(a.end, m.end);
    }
    folded.add(m);
  }
  return events.filter((e) => !folded.has(e));
}

/** The meeting's people are the agreement's, or one of the two names no one. */
function within(m: EventRead, a: EventRead): boolean {
  if (!m.participants.length || !a.participants.length) return true;
  return m.participants.every((p) => a.participants.includes(p)) || a.participants.every((p) => m.participants.includes(p));
}

/**
 * "رئيسا الأركان … يتفقان على غرفة عمليات مشتركة", "agreed on Thursday to set up a channel …
 * in their first meeting": an agreement told by a verb of agreeing, with no signing, in a headline
 * or in the sentence that tells the talks, is what the talks gave: no event beside that meeting.
 */
export function foldAgreedIntoMeeting(events: EventRead[]): EventRead[] {
  if (!events.some((e) => e.type === "meeting" && !e.fromTitle)) return events;
  const kept = events.filter((e) => !(e.type === "agreement" && e.agreed && !e.signedToo && ((e.fromTitle && events.some((m) => m.gaveAgreement)) || events.some((m) => m.type === "meeting" && m.unit === e.unit))));
  return foldAgreedBesideTalks(kept);
}

/** Sentences apart an agreement may stand from the talks that gave it ("The ministers met …. The two sides agreed to …"). */
const NEAR_TALKS = 3;

/**
 * "X hosted Y for talks on Thursday. … The two sides agreed to set up a hotline", "واتفق
 * الجانبان على إنشاء نقطة اتصال": what the sides agreed on, with no signing, told up to three sentences
 * before or after talks of the same people on no other day, is what those talks gave: the
 * meeting, which takes the agreement's day where it has none. A signed text stays an agreement,
 * and so does one told before the talks that names none of their people (a lead's "the two
 * states agreed to …", which may be a deal of its own).
 */
function foldAgreedBesideTalks(events: EventRead[]): EventRead[] {
  const folded = new Set<EventRead>();
  for (const a of events) {
    if (a.type !== "agreement" || !a.agreed || a.signedToo || a.fromTitle || a.backdrop || a.backstory) continue;
    const m = events.find((x) => x.type === "meeting" && !x.fromTitle && !x.backstory && x.participants.length > 0 && Math.abs(x.unit - a.unit) <= NEAR_TALKS && sameDay(x, a) && a.participants.every((p) => x.participants.includes(p)) && (x.unit < a.unit || a.participants.length > 0));
    if (!m) continue;
    m.date ??= a.date;
    folded.add(a);
  }
  return events.filter((e) => !folded.has(e));
}

/** The two are told on one day, or one of them on no day. */
export function sameDay(m: EventRead, a: EventRead): boolean {
  return !m.date || !a.date || m.date === a.date;
}

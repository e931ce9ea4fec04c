import type { Doc } from "../document";
import type { PersonRead } from "../persons";
import type { DatelineSpan } from "./dateline-place";
import { eventDate } from "./event-date";
import type { EventRead } from "./event-read";
import { leadUnit, speechActAt, speechActSpeakers } from "./spoken-statements";
import { units } from "./units";

// How far into the lead its main verb may stand ("أعلنت الهيئة …", "The bureau on Monday announced …").
const VERB_REACH = 8;

/**
 * An article telling no occasion whose lead opens with a body announcing something ("أعلنت هيئة
 * الإحصاء اليوم أن التضخم …", "The statistics bureau announced on Monday that …"): the statement is
 * the whole news, so it is the article's one event, with no one named and dated by the lead's day.
 * A named person speaking is `spokenStatements`' case; called only when no other event was read.
 */
export function announcedStatement(doc: Doc, persons: PersonRead[], published: string | null, dateline: DatelineSpan | null, headsEnd: number): EventRead | null {
  const lead = leadUnit(doc, dateline, headsEnd);
  const u = units(doc)[lead];
  if (!u || speechActAt(doc, u, VERB_REACH) < 0 || speechActSpeakers(doc, persons, u).length) return null;
  const inDateline = (k: number) => !!dateline && k >= dateline.first && k < dateline.last;
  return { type: "statement", participants: [], location: null, date: eventDate(doc, u, published, inDateline), start: u.start, end: u.end, unit: lead, inherited: false, fromTitle: false };
}

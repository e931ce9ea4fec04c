import type { PersonRead } from "../persons";
import type { EventRead } from "./event-read";
import { onlyOfFamily } from "./other-kinds";

// Offices of those who sit in, speak to or watch a body's vote without casting it for the body:
// a lawmaker, a minister presenting a bill, an ambassador in the gallery.
const MEMBER_OR_GUEST = /(lawmaker|legislator|\bmp\b|member of parliament|senator|minister|ambassador|نائب|النائب|النائبة|برلماني|وزير|وزيرة|سفير|سفيرة)/iu;
const PRESIDING = /(speaker|chair|رئيس|رئيسة)/iu;
const castByBody = (e: EventRead) => e.type === "other" && onlyOfFamily(e.otherKinds, "vote");

/**
 * A vote is cast by a body ("Ethiopia's parliament approved …", "صوّت البرلمان اليوناني …"): a
 * lawmaker who spoke against it, the minister who presented the bill or an envoy who watched from
 * the gallery took no part in it as a party, so they leave its participants and the states its
 * sentence names stand for it. The one presiding (a speaker, a chair) stays.
 */
export function dropVoteAttendees(events: EventRead[], persons: PersonRead[]): void {
  for (const e of events) {
    if (!castByBody(e) || !e.participants.length) continue;
    e.participants = e.participants.filter((i) => {
      const role = persons[i]?.role ?? "";
      return !MEMBER_OR_GUEST.test(role) || PRESIDING.test(role.split(/\s+/u)[0] ?? "");
    });
  }
}

/**
 * "صوّت البرلمان اليوناني … على شراء فرقاطات فرنسية … وسط تحذيرات من تركيا", "بأغلبية … وامتناع
 * روسيا": a body votes in its own chamber, so a state its sentence names (a seller, a partner to the
 * bill, a critic, an abstainer) is no venue of the vote.
 */
export function dropStateVenueOfVote(events: EventRead[]): void {
  for (const e of events) if (castByBody(e) && e.location?.kind === "country") e.location = null;
}

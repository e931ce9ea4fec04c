import { eventParticipants, events, factCorrections } from "@marsad/schema/tables";
import { and, eq, sql } from "drizzle-orm";
import { matchKey } from "@marsad/extract/text";
import type { StorableEvent } from "./extraction-shape";
import type { Tx } from "./tx";

/** How far apart (days) two reports' anchor dates may be and still describe one event. */
export const EVENT_WINDOW_DAYS = 3;

export interface EventCandidate {
  event: StorableEvent;
  participantIds: string[];
  anchorDate: string;
  /** What the article's gazetteer says of the event's location, when it knows it. */
  place?: { kind: string; country: string | null } | undefined;
}

interface Place {
  name: string | null;
  kind: string | null;
  country: string | null;
}

const sameCountries = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

/**
 * Two reports name the same place when the names agree (القاهرة / بالقاهرة / مقر … بالقاهرة), or
 * when one names the country the other's city or site lies in (مصر / القاهرة).
 */
function placesAgree(a: Place, b: Place): boolean {
  if (!a.name || !b.name) return true;
  const ka = matchKey(a.name).replace(/(^| )ال/g, "$1");
  const kb = matchKey(b.name).replace(/(^| )ال/g, "$1");
  if (ka === kb || ka.includes(kb) || kb.includes(ka)) return true;
  const oneIsCountry = a.kind === "country" || b.kind === "country";
  return oneIsCountry && a.country !== null && a.country === b.country;
}

/**
 * Finds the stored event that another report describes — same type, dates compatible, same place,
 * and overlapping participants (or, for events without named people, the same states) — or
 * creates it. Different occasions (another day, another place, other people) stay apart.
 */
export async function resolveEvent(tx: Tx, candidate: EventCandidate): Promise<string> {
  const { event, participantIds, anchorDate } = candidate;
  const countries = [...new Set(event.countries)].sort();
  const nearby = await tx
    .select({
      id: events.id,
      date: events.date,
      location: events.location,
      locationKind: events.locationKind,
      locationCountry: events.locationCountry,
      countries: events.countries,
      // Participants an analyst rejected still identify the event: the report that named them will
      // name them again when reprocessed, and must find this event (and its corrections) again.
      participants: sql<string[]>`array(
        select ${eventParticipants.entityId} from ${eventParticipants} where ${eventParticipants.eventId} = ${events.id}
        union
        select split_part(${factCorrections.factKey}, ':', 2)::uuid from ${factCorrections}
        where ${factCorrections.factType} = 'participant' and ${factCorrections.action} = 'reject'
          and split_part(${factCorrections.factKey}, ':', 1) = ${events.id}::text)`,
    })
    .from(events)
    .where(
      and(
        eq(events.type, event.type),
        sql`abs(${events.anchorDate} - ${anchorDate}::date) <= ${EVENT_WINDOW_DAYS}`,
      ),
    );

  const match = nearby.find((e) => {
    if (event.date && e.date && event.date !== e.date) return false;
    const here = { name: event.location, kind: candidate.place?.kind ?? null, country: candidate.place?.country ?? null };
    if (!placesAgree(here, { name: e.location, kind: e.locationKind, country: e.locationCountry })) return false;
    if (participantIds.length > 0 || e.participants.length > 0) {
      return participantIds.some((p) => e.participants.includes(p));
    }
    return countries.length > 0 && sameCountries(countries, [...e.countries].sort());
  });

  let id: string;
  if (match) {
    id = match.id;
    // A later report may be the one that gives the date, the place or another state. Update only
    // then: an event row is hot (every report of it passes here), and an update locks it until
    // this article's transaction ends.
    const merged = [...new Set([...match.countries, ...countries])].sort();
    const gains =
      (!match.date && event.date) || (!match.location && event.location) || merged.length !== match.countries.length;
    if (gains) {
      await tx
        .update(events)
        .set({
          date: sql`coalesce(${events.date}, ${event.date})`,
          location: sql`coalesce(${events.location}, ${event.location})`,
          locationKind: sql`coalesce(${events.locationKind}, ${candidate.place?.kind ?? null})`,
          locationCountry: sql`coalesce(${events.locationCountry}, ${candidate.place?.country ?? null})`,
          countries: merged,
          updatedAt: new Date(),
        })
        .where(eq(events.id, id));
    }
  } else {
    const [created] = await tx
      .insert(events)
      .values({
        type: event.type,
        date: event.date,
        anchorDate: event.date ?? anchorDate,
        location: event.location,
        locationKind: candidate.place?.kind ?? null,
        locationCountry: candidate.place?.country ?? null,
        countries,
        summary: event.summary,
      })
      .returning({ id: events.id });
    id = created!.id;
  }
  if (participantIds.length) {
    await tx
      .insert(eventParticipants)
      .values(participantIds.map((entityId) => ({ eventId: id, entityId })))
      .onConflictDoNothing();
  }
  return id;
}

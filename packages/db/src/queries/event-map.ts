import { entities, eventParticipants, events, type EventType } from "@marsad/schema/tables";
import { and, eq, isNotNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { eventDateRange, eventsByKnownDate } from "./event-time";

export interface EventMapFilter {
  from?: string | undefined;
  to?: string | undefined;
  type?: EventType | undefined;
  limit: number;
}

/**
 * Events that can be put on a map, dated ones newest first, then undated ones (a time filter keeps
 * only events known to fall in it): those whose place entity has coordinates or whose
 * location state is known (the map then uses the state's centroid). Each carries the visits it
 * stands for: a participant from another state than the location's is one arrow from that state.
 */
export async function listMapEvents(db: Db, filter: EventMapFilter) {
  const place = alias(entities, "place");
  const rows = await db
    .select({
      id: events.id,
      type: events.type,
      date: events.date,
      dateSource: events.dateSource,
      anchorDate: events.anchorDate,
      createdAt: events.createdAt,
      location: events.location,
      locationCountry: sql<string | null>`coalesce(${events.locationCountry}, ${place.country})`,
      lat: place.lat,
      lon: place.lon,
      summary: events.summary,
      countries: events.countries,
    })
    .from(events)
    .leftJoin(place, eq(place.id, events.locationEntityId))
    .where(
      and(
        eventDateRange(filter.from, filter.to),
        filter.type ? eq(events.type, filter.type) : undefined,
        or(isNotNull(events.locationCountry), and(isNotNull(place.lat), isNotNull(place.lon)), isNotNull(place.country)),
      ),
    )
    .orderBy(...eventsByKnownDate)
    .limit(filter.limit);
  if (rows.length === 0) return { events: [], visits: [] };

  // Visiting states per event, read only for the events on the map.
  const visitorRows = await db.execute<{ event_id: string; country: string; persons: number }>(sql`
    select ${eventParticipants.eventId} as event_id, ${entities.country} as country, count(*)::int as persons
    from ${eventParticipants}
    join ${entities} on ${entities.id} = ${eventParticipants.entityId}
    where ${entities.type} = 'person' and ${entities.country} is not null
      and ${eventParticipants.eventId} in (${sql.join(
        rows.map((r) => sql`${r.id}::uuid`),
        sql`, `,
      )})
    group by 1, 2`);

  const byEvent = new Map(rows.map((r) => [r.id, r]));
  const visits = new Map<string, { from: string; to: string; events: number }>();
  for (const v of visitorRows) {
    const event = byEvent.get(v.event_id);
    const to = event?.locationCountry?.toUpperCase();
    const from = v.country.toUpperCase();
    if (!to || from === to) continue;
    const key = `${from}>${to}`;
    const entry = visits.get(key) ?? { from, to, events: 0 };
    entry.events += 1;
    visits.set(key, entry);
  }
  return {
    events: rows.map((r) => ({ ...r, undated: r.date === null })),
    visits: [...visits.values()].sort((a, b) => b.events - a.events || a.from.localeCompare(b.from)),
  };
}

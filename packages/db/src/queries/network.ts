import { entities, eventParticipants, events } from "@marsad/schema/tables";
import { and, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { eventDateRange } from "./event-time";

export interface NetworkFilter {
  /** First and last day (inclusive) of the events counted, on the event's anchor day. */
  from?: string | undefined;
  to?: string | undefined;
  /** ISO alpha-2: only events this state took part in. */
  country?: string | undefined;
  /** Most persons in the graph, the most active first. */
  limit: number;
}

export interface NetworkPerson {
  id: string;
  name: string;
  country: string | null;
  /** Events of the filtered set this person took part in. */
  activity: number;
}

export interface NetworkMeeting {
  /** The two persons, `sourceId < targetId`. */
  sourceId: string;
  targetId: string;
  /** Events both took part in. */
  weight: number;
}

export interface NetworkData {
  persons: NetworkPerson[];
  meetings: NetworkMeeting[];
  /** Persons with at least one event under the filter (the graph keeps the `limit` most active). */
  totalPersons: number;
}

/** Most person-to-person edges returned (the heaviest first): a dense graph of 300 could have 45,000. */
export const MAX_NETWORK_EDGES = 5000;

function eventConditions(filter: NetworkFilter): SQL | undefined {
  return and(
    eventDateRange(filter.from, filter.to),
    filter.country ? sql`${events.countries} @> array[${filter.country.toUpperCase()}]::text[]` : undefined,
  );
}

/**
 * Who met whom: the most active persons under the filter (by events attended) and, between them,
 * how many events each pair attended together. The pair join runs only over the chosen persons'
 * participations, so its cost is bounded by `limit`, not by the archive.
 */
export async function getNetwork(db: Db, filter: NetworkFilter): Promise<NetworkData> {
  const where = eventConditions(filter);
  const participations = sql`
    select ${eventParticipants.eventId} as event_id, ${eventParticipants.entityId} as person_id
    from ${eventParticipants}
    join ${events} on ${events.id} = ${eventParticipants.eventId}
    join ${entities} on ${entities.id} = ${eventParticipants.entityId}
    where ${entities.type} = 'person' and ${entities.mergedInto} is null ${where ? sql`and ${where}` : sql``}`;

  const personRows = await db.execute<{ id: string; name: string; country: string | null; activity: number; total: number }>(sql`
    with p as (${participations}),
    activity as (select person_id, count(distinct event_id)::int as n from p group by person_id)
    select e.id, e.canonical_name as name, e.country, a.n as activity, (select count(*)::int from activity) as total
    from activity a join ${entities} e on e.id = a.person_id
    order by a.n desc, e.canonical_name, e.id
    limit ${filter.limit}`);
  const persons = personRows.map(({ total: _t, ...p }) => ({ ...p, activity: Number(p.activity) }));
  const totalPersons = Number(personRows[0]?.total ?? 0);
  if (persons.length < 2) return { persons, meetings: [], totalPersons };

  const ids = sql.join(
    persons.map((p) => sql`${p.id}::uuid`),
    sql`, `,
  );
  const meetingRows = await db.execute<{ source_id: string; target_id: string; weight: number }>(sql`
    with p as (${participations} and ${eventParticipants.entityId} in (${ids}))
    select a.person_id as source_id, b.person_id as target_id, count(distinct a.event_id)::int as weight
    from p a join p b on a.event_id = b.event_id and a.person_id < b.person_id
    group by a.person_id, b.person_id
    order by weight desc, source_id, target_id
    limit ${MAX_NETWORK_EDGES}`);
  return {
    persons,
    meetings: meetingRows.map((m) => ({ sourceId: m.source_id, targetId: m.target_id, weight: Number(m.weight) })),
    totalPersons,
  };
}

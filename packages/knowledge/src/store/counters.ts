import { sql } from "drizzle-orm";
import type { EventGain } from "./resolve-event";
import { prepared, type PendingWrites } from "./prepared";
import type { Tx } from "./tx";

/** What an article's earlier run had counted, as `clearArticles` removed it. */
export interface PreviousRows {
  /** Entity of every mention removed (one entry per mention). */
  mentionEntityIds: string[];
  eventIds: string[];
}

export interface CounterChanges {
  /** The articles stored (one, or a batch stored in one transaction). */
  articleIds: string[];
  /** What their earlier runs had counted, all together. */
  previous: PreviousRows;
  /** States learnt for known entities that had none. */
  countryFills: Array<{ id: string; country: string }>;
  /** What this article's reports add to events already stored. */
  eventGains: EventGain[];
}

/**
 * Moves the denormalised counters (an entity's mentions, an event's reporting articles) by what
 * these articles changed, and writes what it taught about known entities and events — as the last
 * statements of its transaction, so they commit with it and a worker that dies cannot leave them
 * wrong. Counting afresh instead would read every mention of a much reported person or state
 * (Egypt, in nearly every article) for each new article, a cost that grows with the archive.
 *
 * These rows are hot: each statement locks its rows in id order, entities before events, the
 * same order in every transaction (updating them in the order an article tells them deadlocks
 * against another article locking the same rows in another order), and only rows that change.
 * Returns the events no article reports any more.
 */
export async function updateCounters(tx: Tx, writes: PendingWrites, change: CounterChanges): Promise<string[]> {
  const { articleIds, previous } = change;
  writes.add(
    prepared(
      tx,
      sql`with old as (select id, count(*)::int as n from unnest(${sql.param(previous.mentionEntityIds)}::uuid[]) as id group by id),
        new as (select entity_id as id, count(*)::int as n from mentions where article_id = any(${sql.param(articleIds)}::uuid[]) group by entity_id),
        delta as (
          select coalesce(o.id, n.id) as id, coalesce(n.n, 0) - coalesce(o.n, 0) as d from old o full join new n on n.id = o.id),
        fills as (
          select * from unnest(${sql.param(change.countryFills.map((f) => f.id))}::uuid[], ${sql.param(change.countryFills.map((f) => f.country))}::text[])
            as f(id, country)),
        changing as (
          select id from delta where d <> 0
          union select f.id from fills f join entities x on x.id = f.id where x.country is null),
        locked as materialized (
          select id from entities where id = any(array(select id from changing)) order by id for no key update)
      update entities e set mention_count = e.mention_count + coalesce((select d from delta where delta.id = e.id), 0),
        country = coalesce(e.country, (select f.country from fills f where f.id = e.id limit 1)),
        updated_at = case when e.country is null and exists (select 1 from fills f where f.id = e.id) then now() else e.updated_at end
      where e.id = any(array(select id from locked))`,
    ),
  );
  const [row] = await prepared<{ unreported: string[] }>(
    tx,
    sql`with old as (select id, count(*)::int as n from unnest(${sql.param(previous.eventIds)}::uuid[]) as id group by id),
      new as (select event_id as id, count(distinct article_id)::int as n from event_articles where article_id = any(${sql.param(articleIds)}::uuid[]) group by event_id),
      delta as (
        select coalesce(o.id, n.id) as id, coalesce(n.n, 0) - coalesce(o.n, 0) as d from old o full join new n on n.id = o.id),
      gains as (
        select * from jsonb_to_recordset(${JSON.stringify(change.eventGains)}::jsonb)
          as g(id uuid, date date, date_source event_date_source, location text, location_kind text, location_country text, countries text[])),
      locked as materialized (
        select id from events where id = any(array(select id from delta where d <> 0 union select id from gains))
        order by id for no key update),
      updated as (
        update events e set article_count = e.article_count + coalesce(delta.d, 0),
          -- A stated date replaces a publication date, any date fills an undated event; the internal
          -- anchor follows the date, so later reports of that day find the event.
          date = case when g.date is not null and (e.date is null or (g.date_source = 'text' and e.date_source is distinct from 'text')) then g.date else e.date end,
          date_source = case when g.date is not null and (e.date is null or (g.date_source = 'text' and e.date_source is distinct from 'text')) then g.date_source else e.date_source end,
          anchor_date = case when g.date is not null and (e.date is null or (g.date_source = 'text' and e.date_source is distinct from 'text')) then g.date else e.anchor_date end,
          location = coalesce(e.location, g.location),
          location_kind = coalesce(e.location_kind, g.location_kind), location_country = coalesce(e.location_country, g.location_country),
          countries = case when g.id is null then e.countries else array(select distinct c from unnest(e.countries || g.countries) c order by c) end,
          updated_at = case when g.id is null then e.updated_at else now() end
        from (select id from locked) l left join delta on delta.id = l.id left join gains g on g.id = l.id
        where e.id = l.id and e.id = any(array(select id from locked))
        returning e.id, e.article_count)
    select array(select id from updated where article_count <= 0) as unreported`,
  );
  return row!.unreported;
}

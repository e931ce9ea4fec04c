import type { Db } from "@marsad/db";
import { sql } from "drizzle-orm";
import { prepared } from "./prepared";

/**
 * Refreshes the denormalised counters of the entities and events an article touched. Run after
 * the article's transaction commits, in one short statement of its own: the rows of a much
 * reported person or event are hot, and holding their locks for a whole article transaction
 * would serialise every worker behind them.
 *
 * Rows are locked in id order before they are written, the same order in every worker: workers recount
 * overlapping sets at once, and an update that locks rows in the order its plan meets them (a
 * scan's order changes as rows get new versions) deadlocks against another.
 */
export async function recount(db: Db, entityIds: string[], eventIds: string[]): Promise<void> {
  const entitySet = [...new Set(entityIds)];
  const eventSet = [...new Set(eventIds)];
  if (entitySet.length + eventSet.length === 0) return;
  const [row] = await prepared<{ unreported: string[] }>(
    db,
    sql`with entity_locks as materialized (
        select id from entities where id = any(${sql.param(entitySet)}::uuid[]) order by id for no key update),
      entity_counts as (
        update entities e set mention_count = (select count(*)::int from mentions m where m.entity_id = e.id)
        from entity_locks l where e.id = l.id),
      event_locks as materialized (
        select id from events where id = any(${sql.param(eventSet)}::uuid[]) order by id for no key update),
      event_counts as (
        update events e set article_count = (select count(distinct ea.article_id)::int from event_articles ea where ea.event_id = e.id)
        from event_locks l where e.id = l.id
        returning e.id, e.article_count)
    select array(select id from event_counts where article_count = 0) as unreported`,
  );
  // An event no article reports any more (the extractor changed its mind) is gone.
  if (row!.unreported.length) {
    await prepared(db, sql`delete from events where id = any(${sql.param(row!.unreported)}::uuid[]) and article_count = 0`);
  }
}

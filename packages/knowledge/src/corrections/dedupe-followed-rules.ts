import { sql } from "drizzle-orm";
import type { Tx } from "../store/tx";

/**
 * After a merge, a watchlist that followed both entities holds two identical rules on the one
 * kept: the older of each identical set stays, the others go, and their alerts move to it (so read
 * marks and webhooks' history stay) unless it already holds the same alert for that article —
 * those are deleted with their rule (the `watch_rules` delete trigger, migration 0012).
 */
export async function dedupeFollowedRules(tx: Tx, entityId: string): Promise<void> {
  await tx.execute(sql`
    with ranked as (
        select id, watchlist_id, first_value(id) over (
            partition by watchlist_id, kind, match_key, scope, countries, event_type, topic, query order by created_at, id) as keep
        from watch_rules where entity_id = ${entityId}),
      dups as (select id, watchlist_id, keep from ranked where id <> keep),
      moving as (
        select a.id, d.keep, row_number() over (partition by d.keep, a.article_id, a.subject order by a.created_at, a.id) as n
        from alerts a join dups d on a.watchlist_id = d.watchlist_id and a.rule_id = d.id
        where not exists (
          select 1 from alerts b where b.watchlist_id = d.watchlist_id and b.rule_id = d.keep and b.article_id = a.article_id and b.subject = a.subject)),
      moved as (update alerts a set rule_id = m.keep from moving m where a.id = m.id and m.n = 1)
    delete from watch_rules r using dups d where r.id = d.id`);
}

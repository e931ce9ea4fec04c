import { sql } from "drizzle-orm";
import type { Tx } from "../store/tx";

/**
 * After a merge, a watchlist that followed both entities holds two identical rules on the one
 * kept: the older of each identical set stays, the others go. Alerts are stored per match key,
 * not per rule, so the rule kept shows them all (the merge moved the other key's alerts to its
 * key), and read marks, kept per watchlist and alert, stay.
 */
export async function dedupeFollowedRules(tx: Tx, entityId: string): Promise<void> {
  await tx.execute(sql`
    with ranked as (
        select id, first_value(id) over (
            partition by watchlist_id, kind, match_key, scope, countries, event_type, topic, query order by created_at, id) as keep
        from watch_rules where entity_id = ${entityId})
    delete from watch_rules r using ranked d where r.id = d.id and d.id <> d.keep`);
}

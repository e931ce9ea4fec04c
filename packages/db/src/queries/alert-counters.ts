import { alertReads, alerts, articles, watchlistAlertCounts, watchlistReadStates, watchlists, watchRules } from "@marsad/schema/tables";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { alertIsEvent, articleAfterRule, ruleShowsAlert, ruleShowsAlertGroup } from "./watched-alerts";

/*
 * The counts behind the unread count: how many alerts each watchlist shows
 * (`watchlist_alert_counts`) and how many of them each reader has read (`watchlist_read_states`),
 * so a reader's unread count reads one row of each per watchlist instead of joining every rule with
 * every alert.
 *
 * Lock order, the same in every transaction (matching, mark read, counting again): a watchlist's
 * count row before its read-state rows, and rows of several watchlists in watchlist id order.
 * "Mark all read" takes the count row first, so no matching transaction that counted alerts for
 * the watchlist is still open when it reads the count: those that counted have committed (their
 * alerts are in `shown` and older than the mark), those that have not counted yet will count read
 * marks from the mark they see then (`addToReadStates`).
 *
 * Rules and matching: a matching transaction counts its alerts for the rules it sees, and a rule
 * change counts its watchlist again from the alerts it sees; run side by side, neither would see
 * the other's work. So matching holds the rules lock shared (`holdRulesSteady`, its first
 * statement) and counting again holds it alone (in `recountWatchlists`): whichever comes second
 * sees what the first committed.
 */

/** The advisory lock between matching (shared) and the changes that count watchlists again (exclusive). */
const RULES_LOCK = sql`hashtextextended('marsad:watch-rules', 0)`;

/** Keeps rules from being counted again until this transaction ends; matching's first statement. */
export async function holdRulesSteady(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock_shared(${RULES_LOCK})`);
}

/**
 * Waits for matching transactions that counted without seeing this transaction's change to
 * commit, and holds back those that would count without seeing it, until this transaction ends.
 */
async function holdRulesAlone(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${RULES_LOCK})`);
}

const uuids = (xs: string[]) => sql`${sql.param(xs)}::uuid[]`;
/** An array the driver sends as text[], for a cast to an array type it does not serialize itself. */
const texts = (xs: string[]) => sql`${sql.param(xs)}::text[]`;

/**
 * How many of the alerts `alertIds` each watchlist shows, per creation time, without listing the
 * (watchlist, alert) pairs: a batch's alerts fall into a few groups of one key, creation time and
 * kind of subject, which a rule shows whole or not at all but for the articles older than it
 * (`articleAfterRule`). So each watchlist's rules of a group need only the oldest of them, `since`:
 * the group's alerts it shows are those whose article came at or after `since` — all of them in the
 * usual case, where the rule is older than every article of the group.
 */
const shownPerWatchlist = (alertIds: string[]) => sql`
  with grp as materialized (
    select row_number() over () as id, q.* from (
      select ${alerts.matchKey} as match_key, ${alerts.createdAt} as created_at, ${alertIsEvent} as is_event,
        count(*)::int as n, min(${articles.createdAt}) as oldest, array_agg(${articles.createdAt}) as article_times
      from ${alerts} join ${articles} on ${articles.id} = ${alerts.articleId}
      where ${alerts.id} = any(${uuids(alertIds)})
      group by 1, 2, 3) q),
  since as (
    select ${watchRules.watchlistId} as watchlist_id, grp.id, min(${watchRules.createdAt}) as since
    from grp join ${watchRules} on ${ruleShowsAlertGroup("grp")}
    group by 1, 2),
  shown as (
    select since.watchlist_id, grp.created_at,
      case when since.since <= grp.oldest then grp.n
        else (select count(*)::int from unnest(grp.article_times) t where t >= since.since) end as n
    from since join grp on grp.id = since.id)
  select watchlist_id, created_at, sum(n)::int as n from shown group by 1, 2 having sum(n) > 0`;

/**
 * Adds alerts just stored to the counts of the watchlists that show them, in the transaction that
 * stores them (so they commit together). The counts are found once: the first statement adds them
 * to the count rows, in watchlist id order, and returns how many each watchlist got per creation
 * time; the second — which sees marks committed while the first waited for those rows — adds them
 * to the read counts of readers who marked the watchlist read at or after that time.
 */
export async function countNewAlerts(db: Db, alertIds: string[]): Promise<void> {
  if (alertIds.length === 0) return;
  const added = await db.execute<{ watchlist_id: string; created_at: string; n: number }>(sql`
    with per as materialized (${shownPerWatchlist(alertIds)}),
    counted as (
      insert into ${watchlistAlertCounts} (watchlist_id, shown)
      select watchlist_id, sum(n) from per group by watchlist_id order by watchlist_id
      on conflict (watchlist_id) do update set shown = ${watchlistAlertCounts.shown} + excluded.shown)
    select watchlist_id, created_at::text, n from per`);
  await addToReadStates(db, [...added]);
}

/** Adds the alerts counted per watchlist and creation time to the read counts of readers who marked the watchlist read since. */
async function addToReadStates(db: Db, added: Array<{ watchlist_id: string; created_at: string; n: number }>) {
  if (added.length === 0) return;
  await db.execute(sql`
    with added as (
      select * from unnest(${uuids(added.map((a) => a.watchlist_id))}, ${texts(added.map((a) => a.created_at))}::timestamptz[],
        ${texts(added.map((a) => String(a.n)))}::int[]) as t(watchlist_id, created_at, n)),
    read as (
      select s.reader, s.watchlist_id, sum(a.n) as n from added a
      join ${watchlistReadStates} s on s.watchlist_id = a.watchlist_id and a.created_at <= s.read_through
      group by s.reader, s.watchlist_id)
    update ${watchlistReadStates} s set read = s.read + r.n from read r
    where s.reader = r.reader and s.watchlist_id = r.watchlist_id`);
}

/** Locks the count rows of `watchlistIds` (making the missing ones), in id order. */
export async function lockAlertCounts(db: Db, watchlistIds: string[]): Promise<void> {
  if (watchlistIds.length === 0) return;
  const ids = [...new Set(watchlistIds)].sort();
  await db.execute(sql`
    insert into ${watchlistAlertCounts} (watchlist_id) select unnest(${uuids(ids)}) order by 1 on conflict do nothing`);
  await db.execute(sql`select 1 from ${watchlistAlertCounts} where watchlist_id = any(${uuids(ids)}) order by watchlist_id for update`);
}

/** Locks `reader`'s read-state rows of `watchlistIds` (making the missing ones), in id order. */
export async function lockReadStates(db: Db, reader: string, watchlistIds: string[]): Promise<void> {
  if (watchlistIds.length === 0) return;
  const ids = [...new Set(watchlistIds)].sort();
  await db.execute(sql`
    insert into ${watchlistReadStates} (reader, watchlist_id) select ${reader}, unnest(${uuids(ids)}) order by 2 on conflict do nothing`);
  await db.execute(sql`
    select 1 from ${watchlistReadStates} where reader = ${reader} and watchlist_id = any(${uuids(ids)}) order by watchlist_id for update`);
}

/**
 * Counts again what the watchlists `watchlistIds` show and what each reader read of it, from the
 * alerts as the inbox joins them: after a change that alters which alerts a watchlist shows (a rule
 * added or deleted, an entity merged, articles deleted by hand). Costs the watchlists' alerts;
 * call it in a transaction (it locks their count rows until the end).
 */
export async function recountWatchlists(db: Db, watchlistIds: string[]): Promise<void> {
  if (watchlistIds.length === 0) return;
  await holdRulesAlone(db);
  await lockAlertCounts(db, watchlistIds);
  await countAgain(db, watchlistIds);
}

/** The counting of `recountWatchlists`, for a caller that already holds the rules lock and the count rows. */
async function countAgain(db: Db, watchlistIds: string[]): Promise<void> {
  const ids = uuids([...new Set(watchlistIds)]);
  const shown = sql`
    select distinct ${watchRules.watchlistId} as watchlist_id, ${alerts.id} as alert_id, ${alerts.createdAt} as created_at
    from ${watchRules} join ${alerts} on ${ruleShowsAlert} join ${articles} on ${articleAfterRule}
    where ${watchRules.watchlistId} = any(${ids})`;
  await db.execute(sql`
    with per as (select watchlist_id, count(*) as n from (${shown}) p group by watchlist_id)
    update ${watchlistAlertCounts} c set shown = coalesce((select n from per where per.watchlist_id = c.watchlist_id), 0)
    where c.watchlist_id = any(${ids})`);
  await db.execute(sql`
    with shown as materialized (${shown}),
      read as (
        select s.reader, s.watchlist_id, count(*) as n from ${watchlistReadStates} s join shown p on p.watchlist_id = s.watchlist_id
        where p.created_at <= s.read_through or exists (select 1 from ${alertReads} x
          where x.reader = s.reader and x.watchlist_id = s.watchlist_id and x.alert_id = p.alert_id)
        group by s.reader, s.watchlist_id)
    update ${watchlistReadStates} s set read = coalesce((select n from read r where r.reader = s.reader and r.watchlist_id = s.watchlist_id), 0)
    where s.watchlist_id = any(${ids})`);
}

/** The count rows of every watchlist, as one comparable text per row. */
const countRows = (db: Db) =>
  db.execute<{ row: string }>(sql`
    select 'shown ' || watchlist_id || ' ' || shown as row from ${watchlistAlertCounts}
    union all select 'read ' || watchlist_id || ' ' || reader || ' ' || read from ${watchlistReadStates}`);

/**
 * Counts again every watchlist: after alerts were stored or removed outside matching (the bench
 * seeds them in bulk; an operator deleted articles in SQL, their alerts going with them). Returns
 * how many watchlists there are and how many count rows (shown per watchlist, read per reader)
 * it corrected.
 */
export async function recountAllWatchlists(db: Db): Promise<{ watchlists: number; corrected: number }> {
  return db.transaction(async (tx) => {
    await holdRulesAlone(tx);
    const all = await tx.select({ id: watchlists.id }).from(watchlists);
    await lockAlertCounts(tx, all.map((r) => r.id));
    const before = new Set([...(await countRows(tx))].map((r) => r.row));
    if (all.length > 0) await countAgain(tx, all.map((r) => r.id));
    const corrected = [...(await countRows(tx))].filter((r) => !before.has(r.row)).length;
    return { watchlists: all.length, corrected };
  });
}

import type postgres from "postgres";

/**
 * Alerts as matching would have stored them over a seeded archive, by bulk SQL: `perArticle`
 * alerts for each article (bench:match measures about six), under the match keys of the seeded
 * watchlists' rules, made when their article arrived. Rules are dated before every article so each
 * shows the alerts of its key. No read marks: every alert starts unread.
 */
export async function seedAlerts(sql: postgres.Sql, perArticle = 6): Promise<number> {
  await sql`update watch_rules set created_at = (select min(created_at) - interval '1 day' from articles)`;
  const [row] = await sql<[{ n: number }]>`
    with k as (select match_key, row_number() over (order by match_key) - 1 as i, count(*) over () as total
               from (select distinct match_key from watch_rules) d),
         a as (select id, created_at, row_number() over (order by created_at, id) as n from articles),
         inserted as (
           insert into alerts (match_key, article_id, kind, subject, created_at)
           select k.match_key, a.id,
             case when k.match_key like 'topic:%' then 'topic' when k.match_key like 'search:%' then 'search' else 'new-event' end,
             case when k.match_key like 'topic:%' then 'topic' when k.match_key like 'search:%' then 'search' else 'event:' || g || ':meeting' end,
             a.created_at
           from a cross join generate_series(0, ${perArticle - 1}::int) g
           join k on k.i = (a.n * 37 + g * 101) % k.total
           on conflict do nothing
           returning 1)
    select count(*)::int as n from inserted`;
  return row.n;
}

import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { NEAR_DUPLICATE_BITS } from "../simhash";
import { prepared, type PendingWrites } from "./prepared";
import type { Tx } from "./tx";

/** How many days apart two rewrites of one wire may be (by publication date, else arrival). */
export const TWIN_WINDOW_DAYS = 3;

/**
 * The story an article belongs to, in one round trip: the story of its nearest near-duplicate (a
 * rewrite of the same wire) among articles of nearby days — read from
 * `articles_story_day_simhash_idx` alone, so it costs the same in a small archive and a large one
 * — else of another article reporting one of its events, else the story it already had, else a
 * new story (its id made here and its row written with the article's other writes).
 */
export async function assignStory(
  tx: Tx,
  writes: PendingWrites,
  input: { articleId: string; publishedAt: string | null; simhash: bigint; eventIds: string[]; title: string | null },
): Promise<string> {
  const { articleId, simhash } = input;
  const [row] = await prepared<{ story_id: string | null }>(
    tx,
    sql`with day as (
        select coalesce(${input.publishedAt}::date, (created_at at time zone 'UTC')::date) as d, story_id from articles where id = ${articleId}::uuid)
      select coalesce(
        (select t.story_id from articles t, day
          where t.story_day between day.d - ${TWIN_WINDOW_DAYS}::int and day.d + ${TWIN_WINDOW_DAYS}::int
            and t.id <> ${articleId}::uuid and t.story_id is not null
            and bit_count((t.simhash # ${simhash}::bigint)::bit(64)) <= ${NEAR_DUPLICATE_BITS}
          order by bit_count((t.simhash # ${simhash}::bigint)::bit(64)) limit 1),
        (select a.story_id from event_articles ea join articles a on a.id = ea.article_id
          where ea.event_id = any(${sql.param(input.eventIds)}::uuid[]) and a.id <> ${articleId}::uuid and a.story_id is not null
          limit 1),
        (select day.story_id from day)) as story_id`,
  );
  if (row?.story_id) return row.story_id;
  const id = randomUUID();
  writes.add(prepared(tx, sql`insert into story_clusters (id, label) values (${id}::uuid, ${input.title}::text)`));
  return id;
}
